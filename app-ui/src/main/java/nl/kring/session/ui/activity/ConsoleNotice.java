package nl.kring.session.ui.activity;

/**
 * Something the console shows whatever step is current, such as how many small steps of
 * last time were taken. A Spring bean; the console shows its part under its header and
 * updates it with every snapshot.
 */
public interface ConsoleNotice {

    LivePart part(ConsoleContext context);
}
