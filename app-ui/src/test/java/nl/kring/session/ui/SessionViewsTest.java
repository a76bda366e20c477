package nl.kring.session.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.TabletToken;
import nl.kring.organisation.ui.GroupView;
import nl.kring.session.JoinableSession;
import nl.kring.session.LiveSessionService;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletService;
import static nl.kring.testing.OnScreen.awaitOnScreen;
import static nl.kring.testing.OnScreen.text;

import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The facilitator plans and runs a session in the real views while three tablets join
 * and answer; what the tablets do reaches the console through the broadcaster.
 */
class SessionViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestStaff.Fixture fixture;
    @Autowired
    TabletService tablets;
    @Autowired
    LiveSessionService live;
    @Autowired
    SessionPlanService plans;
    @Autowired
    SignedIn signedIn;
    @Autowired
    nl.kring.thought.TabletContributionService contributions;

    @Test
    @WithUserDetails("a-facilitator")
    void aFacilitatorPlansAndStartsASessionWhileThreeTabletsJoinAndAnswer() {
        // plan: a new session on the group's page, two steps, then start
        navigate(GroupView.class, fixture.groupA().id().toString());
        test($(Button.class).withText("Nieuwe bijeenkomst").single()).click();
        test($(TextField.class).withLabel("Titel").single()).setValue("Kennismaken");
        test($(Button.class).withText("Plannen").single()).click();
        SessionPlanView plan = (SessionPlanView) getCurrentView();
        assertThat(plan.title.getText()).isEqualTo("Kennismaken");

        test($(Button.class).withClassName("kring-add-information_card").single()).click();
        test($(TextField.class).withLabel("Titel").last()).setValue("Welkom");
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        test($(Button.class).withClassName("kring-add-question_round").single()).click();
        test($(TextField.class).withLabel("Vraag 1").single()).setValue("Hoe is het met je?");
        // answers to tap, so that nobody has to type (one field per question, a / between them)
        test($(TextField.class).withLabel("Antwoorden om op te tikken (mag leeg)").first())
                .setValue("Goed / Gaat wel / ");
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        assertThat(plan.steps.getChildren().count()).isEqualTo(2);

        test(plan.start).click();
        SessionConsoleView console = (SessionConsoleView) getCurrentView();
        JoinCode code = JoinCode.parse(console.joinCode.getText()).orElseThrow();
        assertThat(console.stepCounter.getText()).isEqualTo("Stap 1 van 2");

        // three tablets join (each with its own token, as three browsers would)
        JoinableSession joinable = signedIn.anonymous(() -> tablets.open(code.value(), "10.1.1.1")).orElseThrow();
        List<TabletToken> tokens = joinable.roster().stream()
                .filter(r -> List.of("Anna", "Bert").contains(r.name()))
                .map(r -> signedIn.anonymous(() -> tablets.chooseName(code, r.id(), Optional.empty())))
                .toList();
        TabletToken newcomer = signedIn.anonymous(() -> tablets.arriveAsNewcomer(code, "Truus", Optional.empty()));
        // what the tablets are given: the question with its two answers to tap
        nl.kring.domain.session.QuestionRound round = (nl.kring.domain.session.QuestionRound) signedIn
                .anonymous(() -> tablets.snapshot(tokens.getFirst())).orElseThrow().steps().get(1).activity();
        assertThat(round.choicesFor(0)).containsExactly("Goed", "Gaat wel");
        tokens.forEach(token -> signedIn.anonymous(() -> {
            tablets.opened(token);
            return null;
        }));
        awaitOnScreen(() -> text(console.newcomers).contains("Nieuw: Truus")
                && text(console.participants).contains("verbonden"));
        assertThat(text(console.participants)).contains("Anna", "Bert", "Aanwezig", "verbonden");

        test($(Button.class).withText("Bevestigen").single()).click();
        awaitOnScreen(() -> text(console.participants).contains("Truus"));

        // the facilitator moves on; the tablets answer; the answers come in on the console
        test(console.next).click();
        awaitOnScreen(() -> console.stepCounter.getText().equals("Stap 2 van 2"));
        var step = live.snapshot(console.sessionId()).current().orElseThrow();
        tablets.answer(tokens.get(0), step.id(), 0, "Goed hoor", UUID.randomUUID());
        tablets.answer(newcomer, step.id(), 0, "<i>Spannend</i>", UUID.randomUUID());
        awaitOnScreen(() -> text(console.stepArea).contains("Goed hoor")
                && text(console.stepArea).contains("<i>Spannend</i>"));
        assertThat(text(console.stepArea)).contains("Anna", "Truus");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aTabletShowsTheCurrentStepAndFollowsTheFacilitator() {
        Session planned = plans.plan(fixture.groupA().id(), "Volgen", Instant.now(), Optional.empty());
        planned = plans.addStep(planned.id(), new InformationCard("Eerste kaart", "", null), null, planned.version());
        planned = plans.addStep(planned.id(), new InformationCard("Tweede kaart", "", null), null, planned.version());
        SessionId sessionId = live.start(planned.id()).id();
        JoinCode code = live.snapshot(sessionId).joinCode();
        ParticipantId bert = signedIn.anonymous(() -> tablets.open(code.value(), "10.1.1.2")).orElseThrow().roster()
                .stream().filter(r -> r.name().equals("Bert")).findFirst().orElseThrow().id();
        TabletToken token = signedIn.anonymous(() -> tablets.chooseName(code, bert, Optional.empty()));
        VaadinSession.getCurrent().setAttribute("kring.tablet-token", token.value());

        ParticipantView tablet = navigate(ParticipantView.class);
        assertThat(tablet.who.getText()).isEqualTo("Bert");
        assertThat(text(tablet.stepArea)).contains("Eerste kaart");

        live.goToStep(sessionId, 1);
        awaitOnScreen(() -> text(tablet.stepArea).contains("Tweede kaart"));
        assertThat(tablet.countdown.isVisible()).isFalse();
        live.startTimer(sessionId, Duration.ofMinutes(3));
        awaitOnScreen(tablet.countdown::isVisible);

        live.end(sessionId);
        awaitOnScreen(() -> tablet.message.getText().equals("De bijeenkomst is afgelopen."));
    }

    @Test
    @WithUserDetails("a-expert")
    void anExperienceExpertLeadsFromTheSameConsoleWithoutAttendanceOrNotes() {
        Session planned = signedIn.as("a-facilitator", () -> {
            Session session = plans.plan(fixture.groupA().id(), "Samen leiden", Instant.now(), Optional.empty());
            session = plans.addStep(session.id(), new InformationCard("Een", "", null), null, session.version());
            return plans.addStep(session.id(), new InformationCard("Twee", "", null), null, session.version());
        });
        navigate(SessionPlanView.class, planned.id().toString());
        test(((SessionPlanView) getCurrentView()).start).click();

        SessionConsoleView console = (SessionConsoleView) getCurrentView();
        assertThat(console.notes.isAttached()).isFalse();
        assertThat($(Button.class).withText("Aanwezigheid").all()).isEmpty();
        test(console.next).click();
        awaitOnScreen(() -> console.stepCounter.getText().equals("Stap 2 van 2"));
        assertThat(text(console.stepArea)).contains("Twee");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aDistressAlertIsPrivateOnTheConsoleAndClosesWhenDecided() {
        Session planned = plans.plan(fixture.groupA().id(), "Gedachten", Instant.now(), Optional.empty());
        planned = plans.addStep(planned.id(), new nl.kring.domain.thought.ThoughtWall("Wat zit je dwars?"), null,
                planned.version());
        SessionId sessionId = live.start(planned.id()).id();
        JoinCode code = live.snapshot(sessionId).joinCode();
        ParticipantId bert = signedIn.anonymous(() -> tablets.open(code.value(), "10.1.1.3")).orElseThrow().roster()
                .stream().filter(r -> r.name().equals("Bert")).findFirst().orElseThrow().id();
        TabletToken token = signedIn.anonymous(() -> tablets.chooseName(code, bert, Optional.empty()));
        navigate(SessionConsoleView.class, sessionId.toString());
        SessionConsoleView console = (SessionConsoleView) getCurrentView();
        var wallStep = live.snapshot(sessionId).steps().getFirst().id();
        signedIn.anonymous(() -> contributions.contribute(token, wallStep,
                "Ik wil er een eind aan maken", java.util.UUID.randomUUID()));
        awaitOnScreen(() -> text(console.alerts).contains("Ik wil er een eind aan maken"));
        assertThat(text(console.alerts)).contains("113 Zelfmoordpreventie: bel 113 of gratis 0800-0113");
        test($(Button.class).withText("Niet tonen (gezien)").single()).click();
        awaitOnScreen(() -> text(console.alerts).isEmpty());
    }
}
