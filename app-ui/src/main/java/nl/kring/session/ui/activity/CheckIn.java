package nl.kring.session.ui.activity;

/**
 * Something a tablet asks its person privately whatever step is current, such as "Is je
 * kleine stap van vorige keer gelukt?". A Spring bean; the participant view shows its part
 * above the current step and updates it with every snapshot (the part hides itself when
 * there is nothing to ask).
 */
public interface CheckIn {

    LivePart part(ParticipantContext context);
}
