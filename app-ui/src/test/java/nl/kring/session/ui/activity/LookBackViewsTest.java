package nl.kring.session.ui.activity;

import nl.kring.testing.TestContent;
import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.UUID;
import nl.kring.domain.session.LookBack;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.LiveSessionService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The look back: answers with names for the leaders, not on the shared screen. */
class LookBackViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    LookBackUi ui;
    @Autowired
    SignedIn signedIn;
    @Autowired
    nl.kring.testing.TestSessions sessions;

    @Test
    @WithUserDetails("a-facilitator")
    void theAnswersReachTheConsoleWithNamesAndNeverTheSharedScreen() {
        TestGroups.NewGroup group = testGroups.create("Terugblik", false, "Annie");
        var started = sessions.start(group, "Afsluiten", Instant.now(), TestContent.SEEDS.lookBack(TestContent.DUTCH));
        TabletToken annie = started.tokens().getFirst();
        var step = started.step(0);
        signedIn.anonymous(() -> tablets.answer(annie, step.id(), 3, "Blijf elkaar bellen", UUID.randomUUID()));

        LivePart tablet = ui.participantPart(step, new ParticipantContext(annie, group.people().getFirst().id(),
                tablets, delivery, null));
        LivePart console = ui.consolePart(step, null);
        LivePart screen = ui.screenPart(step);
        UI.getCurrent().add(tablet, console, screen);
        var snapshot = live.snapshot(started.id());
        tablet.update(snapshot);
        console.update(snapshot);
        screen.update(snapshot);
        assertThat(text(tablet)).contains("Hoe vond je de bijeenkomst gaan?", "Heb je nog tips voor elkaar?",
                "niet op het grote scherm");
        assertThat(text(console)).contains("Blijf elkaar bellen", "Annie", "Kijk naar wat goed ging");
        assertThat(text(screen)).contains("We kijken terug").doesNotContain("Blijf elkaar bellen", "Annie");
    }
}
