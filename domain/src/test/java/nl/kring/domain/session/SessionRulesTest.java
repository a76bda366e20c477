package nl.kring.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The session aggregate's rules: join codes, the plan, the lifecycle, answers. */
class SessionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private static Session planned() {
        return Session.plan(new GroupId(UUID.randomUUID()), "Kennismaken", NOW)
                .withStepAdded(Step.of(new InformationCard("Welkom", "", null), null))
                .withStepAdded(Step.of(new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED), null))
                .withStepAdded(Step.of(new InformationCard("Tot ziens", "", null), null));
    }

    @Test
    void joinCodesAvoidLookAlikesAndForgiveCaseSpacesAndDashes() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(JoinCode.random(random).value()).matches("[A-HJKMNP-Z2-9]{6}").doesNotContain("O", "I", "L");
        }
        assertThat(JoinCode.parse(" abc-dEf ")).contains(new JoinCode("ABCDEF"));
        assertThat(JoinCode.parse("ABC DE")).isEmpty();
        assertThat(JoinCode.parse("ABCDE0")).isEmpty(); // zero is not in the alphabet
        assertThat(JoinCode.parse(null)).isEmpty();
        assertThat(new JoinCode("ABCDEF").grouped()).isEqualTo("ABC DEF");
    }

    @Test
    void stepsAreReorderedAndRemovedWhilePlannedOnly() {
        Session session = planned();
        Step last = session.steps().get(2);
        Session moved = session.withStepMoved(last.id(), -1).withStepMoved(last.id(), -1).withStepMoved(last.id(), -1);
        assertThat(moved.steps()).extracting(s -> s.activity().headline()).containsExactly("Tot ziens", "Welkom",
                "Hoe is het?");
        assertThat(moved.withStepRemoved(last.id()).steps()).hasSize(2);

        Session live = session.start(new JoinCode("ABCDEF"), "token", NOW, Duration.ofMinutes(15));
        assertThatThrownBy(() -> live.withStepRemoved(last.id())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> live.withDetails("Anders", NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSessionStartsAtItsFirstStepMovesWithinItsPlanAndEnds() {
        assertThatThrownBy(() -> Session.plan(new GroupId(UUID.randomUUID()), "Leeg", NOW)
                .start(new JoinCode("ABCDEF"), "token", NOW, Duration.ofMinutes(15)))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.session-needs-step");
        Session live = planned().start(new JoinCode("ABCDEF"), "token", NOW, Duration.ofMinutes(15));
        assertThat(live.currentStep()).map(s -> s.activity().headline()).contains("Welkom");
        assertThat(live.goToStep(2).currentStep()).map(s -> s.activity().headline()).contains("Tot ziens");
        assertThatThrownBy(() -> live.goToStep(3)).isInstanceOf(InvalidValueException.class);

        Session timed = live.startTimer(Duration.ofMinutes(5), NOW);
        assertThat(timed.live().timerEndsAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(timed.goToStep(1).live().timerEndsAt()).isNull(); // a new step starts without a countdown
        assertThatThrownBy(() -> live.startTimer(Duration.ofMinutes(91), NOW)).isInstanceOf(InvalidValueException.class);

        Session ended = live.end(NOW);
        assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(ended.currentStep()).isEmpty();
        assertThatThrownBy(() -> ended.goToStep(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aQuestionKeepsItsOwnAnswersToTapWhenAnEmptyQuestionIsDropped() {
        QuestionRound round = new QuestionRound(List.of("Hoe is het?", " ", "Wat doe je graag?"),
                AnswerVisibility.NAMED,
                List.of(List.of(" Goed ", "Gaat wel", "", "Goed"), List.of("lost with its empty question"), List.of()));
        assertThat(round.questions()).containsExactly("Hoe is het?", "Wat doe je graag?");
        assertThat(round.choicesFor(0)).containsExactly("Goed", "Gaat wel");
        assertThat(round.choicesFor(1)).isEmpty();
        // a round stored before answers to tap existed reads back without any
        assertThat(new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED, null).choicesFor(0)).isEmpty();
        assertThatThrownBy(() -> new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED,
                List.of(List.of("1", "2", "3", "4", "5", "6", "7"))))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.too-many-choices");
        assertThatThrownBy(() -> new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED,
                List.of(List.of("x".repeat(81))))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aQuestionRoundNeedsAQuestionAndAnAnswerFewWords() {
        assertThatThrownBy(() -> new QuestionRound(List.of(" ", ""), AnswerVisibility.NAMED))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.question-required");
        assertThat(new QuestionRound(List.of("Eén", " ", "Twee"), AnswerVisibility.NAMED).questions())
                .containsExactly("Eén", "Twee");

        SessionId session = SessionId.newId();
        StepId step = StepId.newId();
        assertThatThrownBy(() -> Answer.anonymous(session, step, 0, "x".repeat(501), UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class);
        Answer anonymous = Answer.anonymous(session, step, 0, "  Niemand  wacht ", UUID.randomUUID());
        assertThat(anonymous.text()).isEqualTo("Niemand wacht");
        assertThat(anonymous.authorId()).isNull();
        assertThat(anonymous.answeredAt()).isNull();
        assertThatThrownBy(() -> new Answer(AnswerId.newId(), session, step, 0, new ParticipantId(UUID.randomUUID()),
                "Hoi", UUID.randomUUID(), null, Distress.NONE, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTabletTokenIsStoredOnlyAsItsHash() {
        TabletToken token = TabletToken.random();
        assertThat(token.hash()).hasSize(64).isNotEqualTo(token.value());
        assertThat(TabletToken.parse(token.value())).contains(token);
        assertThat(TabletToken.parse("'; drop table tablet; --")).isEmpty();
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void theDoorForNewTabletsClosesByItselfAndTheFacilitatorCanCloseAndOpenIt() {
        Session live = planned().start(new JoinCode("ABCDEF"), "token", NOW, Duration.ofMinutes(15));
        assertThat(live.live().joinOpen(NOW.plusSeconds(14 * 60))).isTrue();
        assertThat(live.live().joinOpen(NOW.plusSeconds(15 * 60))).isFalse();
        Session closed = live.closeJoining();
        assertThat(closed.live().joinOpen(NOW)).isFalse();
        Session reopened = closed.openJoining(NOW.plusSeconds(3600), null);
        assertThat(reopened.live().joinOpen(NOW.plusSeconds(5 * 3600))).isTrue();
        assertThat(reopened.end(NOW.plusSeconds(6 * 3600)).live().joinOpen(NOW.plusSeconds(6 * 3600))).isFalse();
    }

    @Test
    void aTabletShowsItsPersonsHistoryOnlyOnceTheBindingIsConfirmed() {
        Tablet tablet = Tablet.arrived(SessionId.newId(), TabletToken.random(), NOW);
        var annie = new nl.kring.domain.organisation.ParticipantId(UUID.randomUUID());
        Tablet bound = tablet.boundTo(annie, NOW);
        assertThat(bound.showsHistory()).isFalse();
        Tablet seen = bound.confirmed(NOW.plusSeconds(60));
        assertThat(seen.showsHistory()).isTrue();
        assertThat(seen.boundTo(annie, NOW.plusSeconds(90)).showsHistory()).as("the same name again").isTrue();
        assertThat(seen.claiming(annie).participant()).isEmpty();
        Tablet blocked = seen.blockedNow();
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.participant()).isEmpty();
    }
}
