package nl.kring.preparation.ui;

import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.Optional;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.Session;
import nl.kring.preparation.PreparationService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.SessionPlanService;
import nl.kring.session.ui.SessionConsoleView;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The basishouding exercise: a private reminder, kept per person and shown on their console. */
class PreparationViewsTest extends KringBrowserlessTestBase {

    @Autowired
    PreparationService preparation;
    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TestStaff.Fixture fixture;
    @Autowired
    SignedIn signedIn;

    @Test
    @WithUserDetails("a-expert")
    void anExperienceExpertKeepsAHelpingThoughtThatOnlyTheySeeAndTheirConsoleShowsIt() {
        PreparationView view = navigate(PreparationView.class);
        test(view.hindering).selectItem("Ik ben bang om te oordelen over de ander.");
        test(view.ownHelping).setValue("Ik mag er gewoon zijn, net als de ander.");
        test($(Button.class).withText("Bewaren als mijn reminder").single()).click();
        assertThat(text(view.reminder)).contains("Ik mag er gewoon zijn, net als de ander.",
                "Ik ben bang om te oordelen over de ander.");
        assertThat(signedIn.as("a-facilitator", () -> preparation.myReminder())).isEmpty();

        // the own thought comes back into its field, the listed one is chosen again
        PreparationView again = navigate(PreparationView.class);
        assertThat(again.hindering.getValue()).isEqualTo("Ik ben bang om te oordelen over de ander.");
        assertThat(again.ownHelping.getValue()).isEqualTo("Ik mag er gewoon zijn, net als de ander.");

        Session planned = signedIn.as("a-facilitator", () -> {
            Session session = plans.plan(fixture.groupA().id(), "Met reminder", Instant.now(), Optional.empty());
            session = plans.addStep(session.id(), new InformationCard("Welkom", "", null), null, session.version());
            return live.start(session.id());
        });
        SessionConsoleView console = navigate(SessionConsoleView.class, planned.id().toString());
        assertThat(text(console)).contains("Jouw helpende gedachte: \"Ik mag er gewoon zijn, net als de ander.\"")
                .contains("Houdingstip: neem een rustige, open luisterhouding aan.");
    }
}
