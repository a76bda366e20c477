package nl.kring.smallstep.ui;

import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.session.DistressService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.smallstep.TabletSmallStepService;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import nl.kring.testing.TestSessions;
import nl.kring.testing.TestSessions.Started;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Small steps across two sessions of one group: written privately (the group sees only a
 * count), asked about privately at the next session, counted on the console.
 */
class SmallStepViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    TabletSmallStepService service;
    @Autowired
    SmallStepUi ui;
    @Autowired
    SmallStepCheckIn checkIn;
    @Autowired
    SmallStepNotice notice;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestSessions sessions;
    @Autowired
    DistressService distress;

    private Started start(TestGroups.NewGroup group) {
        return sessions.start(group, "Stappen", Instant.now(), new SmallStepRound("Welke kleine stap zet jij?"));
    }

    private ParticipantContext tablet(Started session, TestGroups.NewGroup group, int i) {
        return new ParticipantContext(session.tokens().get(i), group.people().get(i).id(), tablets, delivery,
                session.tabletIds().get(i));
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aStepIsPrivateAndTheNextSessionAsksOnlyItsWriter() {
        TestGroups.NewGroup group = testGroups.create("Stappen", false, "Annie", "Gerrit", "Riet");
        Started first = start(group);
        LivePart annieWrites = ui.participantPart(first.step(0), tablet(first, group, 0));
        LivePart screen = ui.screenPart(first.step(0));
        LivePart console = ui.consolePart(first.step(0), null);
        UI.getCurrent().add(annieWrites, screen, console);
        test($(Button.class, annieWrites).withText("Een gesprekje met de groenteboer").single()).click();
        test($(Button.class, annieWrites).withText("Bewaren").single()).click();
        signedIn.anonymous(() -> service.write(first.tokens().get(1), first.step(0).id(), "Buurman <b>bellen</b>"));
        assertThatThrownBy(() -> signedIn.anonymous(() -> service.write(first.tokens().get(2), first.step(0).id(),
                " "))).isInstanceOf(InvalidValueException.class);
        var snapshot = live.snapshot(first.id());
        annieWrites.update(snapshot);
        screen.update(snapshot);
        console.update(snapshot);
        assertThat(text(annieWrites)).contains("Bewaard: Een gesprekje met de groenteboer");
        assertThat(text(screen)).contains("2 kleine stappen opgeschreven").doesNotContain("groenteboer", "bellen");
        assertThat(text(console)).contains("Annie: Een gesprekje met de groenteboer", "Gerrit: Buurman <b>bellen</b>");
        live.end(first.id());

        Started second = start(group);
        LivePart annieAsked = checkIn.part(tablet(second, group, 0));
        LivePart rietAsked = checkIn.part(tablet(second, group, 2));
        LivePart counts = notice.part(null);
        UI.getCurrent().add(annieAsked, rietAsked, counts);
        var now = live.snapshot(second.id());
        annieAsked.update(now);
        rietAsked.update(now);
        counts.update(now);
        assertThat(annieAsked.isVisible()).isTrue();
        assertThat(text(annieAsked)).contains("Jouw stap was: Een gesprekje met de groenteboer. Is het gelukt?")
                .doesNotContain("bellen");
        assertThat(rietAsked.isVisible()).isFalse();
        assertThat(text(counts)).contains("(2): 0 gelukt, 0 een beetje, 0 nog niet, 2 nog niet beantwoord");

        // Gerrit's tablet cannot answer for Annie
        var annieStep = now.lookBack().stream().filter(s -> s.participant().equals(group.people().get(0).id()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> signedIn.anonymous(() -> service.lookBack(second.tokens().get(1), annieStep.id(),
                Outcome.DONE))).isInstanceOf(InvalidValueException.class);
        test($(Button.class, annieAsked).withText("Een beetje").single()).click();
        now = live.snapshot(second.id());
        annieAsked.update(now);
        counts.update(now);
        assertThat(text(annieAsked)).contains("Een beetje is ook een stap.");
        assertThat(text(counts)).contains("(2): 0 gelukt, 1 een beetje, 0 nog niet, 1 nog niet beantwoord");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aSmallStepThatSuggestsDistressGivesTheLeadersThePrivateAlertWithItsWriter() {
        TestGroups.NewGroup group = testGroups.create("Stappen nood", false, "Annie", "Gerrit");
        Started session = start(group);
        signedIn.anonymous(() -> service.write(session.tokens().get(0), session.step(0).id(),
                "Ik wil niet meer leven"));
        signedIn.anonymous(() -> service.write(session.tokens().get(1), session.step(0).id(), "Buurman bellen"));

        var alerts = live.snapshot(session.id()).alerts();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.source()).isEqualTo(LiveSnapshot.DistressAlert.Source.SMALL_STEP);
            assertThat(alert.text()).isEqualTo("Ik wil niet meer leven");
            assertThat(alert.author()).isEqualTo("Annie");
        });
        // the group still sees only a count; the leader reads the alert and it closes
        LivePart screen = ui.screenPart(session.step(0));
        UI.getCurrent().add(screen);
        screen.update(live.snapshot(session.id()));
        assertThat(text(screen)).contains("2 kleine stappen").doesNotContain("leven");
        distress.decide(session.id(), LiveSnapshot.DistressAlert.Source.SMALL_STEP, alerts.getFirst().id(), false);
        assertThat(live.snapshot(session.id()).alerts()).isEmpty();
        assertThatThrownBy(() -> distress.decide(session.id(), LiveSnapshot.DistressAlert.Source.SMALL_STEP,
                alerts.getFirst().id(), true)).isInstanceOf(InvalidValueException.class);
    }
}
