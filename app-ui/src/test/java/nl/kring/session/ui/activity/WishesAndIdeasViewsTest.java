package nl.kring.session.ui.activity;

import nl.kring.testing.TestContent;
import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.UUID;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.session.WishesAndIdeas;
import nl.kring.session.LiveSessionService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Wishes and ideas: a wish tapped from the seed's examples, ideas written, names only when the round is named. */
class WishesAndIdeasViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    WishesAndIdeasUi ui;
    @Autowired
    SignedIn signedIn;
    @Autowired
    nl.kring.testing.TestSessions sessions;

    @Test
    @WithUserDetails("a-facilitator")
    void aTappedWishAndAnIdeaReachTheScreenAnonymouslyWhenTheFacilitatorChoseSo() {
        TestGroups.NewGroup group = testGroups.create("Wensen", false, "Annie");
        var started = sessions.start(group, "Wensen", Instant.now(), TestContent.SEEDS.wishesAndIdeas(AnswerVisibility.ANONYMOUS, TestContent.DUTCH));
        TabletToken annie = started.tokens().getFirst();
        var step = started.step(0);

        LivePart tablet = ui.participantPart(step, new ParticipantContext(annie, group.people().getFirst().id(),
                tablets, delivery, null));
        LivePart console = ui.consolePart(step, null);
        LivePart screen = ui.screenPart(step);
        UI.getCurrent().add(tablet, console, screen);
        assertThat(text(tablet)).contains("Inspiratie: zeven vormen van steun", "Ontmoeten");
        test($(Button.class, tablet).withText("Ik wil iets betekenen voor anderen.").single()).click();
        test($(Button.class, tablet).withText("Ik wil iets betekenen voor anderen.").single()).click(); // twice: once
        signedIn.anonymous(() -> tablets.answer(annie, step.id(), 1, "Vrijwilligerswerk bij de voedselbank",
                UUID.randomUUID()));
        // anonymous: two answers wait for a third, or for the facilitator to show them
        assertThat(live.snapshot(started.id()).answersTo(step.id())).isEmpty();
        live.showWaitingAnswers(started.id(), step.id());

        var snapshot = live.snapshot(started.id());
        console.update(snapshot);
        screen.update(snapshot);
        assertThat(text(screen)).contains("Ik wil iets betekenen voor anderen.",
                "Vrijwilligerswerk bij de voedselbank").doesNotContain("Annie");
        assertThat(live.snapshot(started.id()).answersTo(step.id())).filteredOn(a -> a.question() == 0).hasSize(1);
        assertThat(text(console)).contains("Wat zou je het liefste willen?", "Welke ideeën of mogelijkheden komen op?",
                "Inspiratie: zeven vormen van steun");
    }
}
