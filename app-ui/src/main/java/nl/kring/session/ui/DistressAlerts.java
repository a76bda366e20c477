package nl.kring.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import nl.kring.domain.session.SessionId;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.LiveSnapshot.DistressAlert;
import nl.kring.session.DistressService;

/**
 * The console's private alert for contributions that suggest acute distress: the text,
 * the 113 referral, that the author is unknown (address the group as a whole), and the
 * leader's decision to show it on the wall after all or to keep it private. Nothing of it
 * reaches the shared screen or the tablets.
 */
class DistressAlerts extends Div {

    private final DistressService decisions;
    private final SessionId session;
    private List<DistressAlert> shown;

    DistressAlerts(DistressService decisions, SessionId session) {
        this.decisions = decisions;
        this.session = session;
        addClassName("kring-distress-alerts");
        // The live region stays in the page, empty when there is nothing: screen readers announce
        // what is added to an existing alert region, and Flow does not update the children of an
        // invisible component, so hiding it with setVisible would leave a stale alert in the DOM.
        getElement().setAttribute("role", "alert");
    }

    void show(LiveSnapshot snapshot) {
        if (snapshot.alerts().equals(shown)) {
            return;
        }
        shown = snapshot.alerts();
        removeAll();
        shown.forEach(alert -> add(alert(alert)));
    }

    private Div alert(DistressAlert alert) {
        Div box = new Div();
        box.addClassName("kring-distress-alert");
        H2 title = new H2(getTranslation("distress.title"));
        boolean smallStep = alert.source() == DistressAlert.Source.SMALL_STEP;
        Paragraph intro = new Paragraph(getTranslation(smallStep ? "distress.intro.small-step" : "distress.intro"));
        Paragraph text = new Paragraph(new Span(alert.text()));
        text.addClassName("kring-distress-text");
        Paragraph referral = new Paragraph(getTranslation("distress.referral"));
        referral.addClassName("kring-distress-referral");
        Paragraph author = new Paragraph(alert.author() == null ? getTranslation("distress.author-unknown")
                : getTranslation("distress.author-known", alert.author()));
        Button keep = new Button(getTranslation(smallStep ? "distress.read" : "distress.keep-private"),
                e -> decisions.decide(session, alert.source(), alert.id(), false));
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.addClassName("kring-distress-keep");
        HorizontalLayout buttons = new HorizontalLayout(keep);
        if (!smallStep) { // a small step is never on a shared screen: there is nothing to show
            Button showIt = new Button(getTranslation("distress.show"),
                    e -> decisions.decide(session, alert.source(), alert.id(), true));
            showIt.addClassName("kring-distress-show");
            buttons.add(showIt);
        }
        box.add(title, intro, text, referral, author, buttons);
        return box;
    }
}
