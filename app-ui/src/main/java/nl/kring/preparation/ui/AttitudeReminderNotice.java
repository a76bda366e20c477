package nl.kring.preparation.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import nl.kring.preparation.PreparationService;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.ConsoleNotice;
import nl.kring.session.ui.activity.LivePart;
import org.springframework.stereotype.Component;

/** On the console, for the person leading: their own helping thought, or the way to make one. */
@Component
class AttitudeReminderNotice implements ConsoleNotice {

    private final PreparationService preparation;

    AttitudeReminderNotice(PreparationService preparation) {
        this.preparation = preparation;
    }

    @Override
    public LivePart part(ConsoleContext context) {
        LivePart part = new LivePart();
        part.addClassName("kring-attitude-reminder");
        preparation.myReminder().ifPresentOrElse(
                mine -> part.add(new Paragraph(part.getTranslation("prep.on-console", mine.helpingThought()))),
                () -> part.add(new Paragraph(new RouterLink(part.getTranslation("prep.make-one"),
                        PreparationView.class))));
        return part;
    }
}
