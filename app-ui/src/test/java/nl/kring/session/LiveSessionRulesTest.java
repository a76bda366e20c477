package nl.kring.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of a live session as the people in it meet them: a facilitator, an experience
 * expert, staff who do not belong, and several tablets, acting one after the other.
 */
class LiveSessionRulesTest extends KringTestBase {

    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestStaff.Fixture fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdleSessions idleSessions;
    @Autowired
    BindingGrace bindingGrace;

    private SessionId sessionId;
    private JoinCode code;

    /** A started session of A-Maandag: a card, a named round and an anonymous round. */
    @BeforeEach
    void startASession() {
        Session started = signedIn.as("a-facilitator", () -> {
            Session planned = plans.plan(fixture.groupA().id(), "Kennismaken",
                    Instant.now().plus(1, ChronoUnit.HOURS), Optional.empty());
            planned = plans.addStep(planned.id(), new InformationCard("Welkom", "Fijn dat je er bent.", null), null,
                    planned.version());
            planned = plans.addStep(planned.id(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED),
                    Duration.ofMinutes(5), planned.version());
            planned = plans.addStep(planned.id(), new QuestionRound(List.of("Wat zit je dwars?"),
                    AnswerVisibility.ANONYMOUS), null, planned.version());
            return live.start(planned.id());
        });
        sessionId = started.id();
        code = started.live().joinCode();
    }

    private TabletToken join(String name) {
        JoinableSession joinable = signedIn.anonymous(() -> tablets.open(code.value(), "10.0.0.1")).orElseThrow();
        ParticipantId person = joinable.roster().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow().id();
        return signedIn.anonymous(() -> tablets.chooseName(code, person, Optional.empty()));
    }

    private LiveSnapshot snapshot() {
        return signedIn.as("a-facilitator", () -> live.snapshot(sessionId));
    }

    private StepId currentStep() {
        return snapshot().current().orElseThrow().id();
    }

    @Test
    void startingGivesACodeFromTheUnambiguousAlphabetAndFreezesThePlan() {
        assertThat(code.value()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        Session session = signedIn.as("a-facilitator", () -> plans.get(sessionId));
        assertThatThrownBy(() -> signedIn.as("a-facilitator", () -> plans.removeStep(sessionId,
                session.steps().getFirst().id(), session.version())))
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.session-not-planned");
    }

    @Test
    void aSessionCopiedFromAnEarlierOneGetsTheSameStepsUnderNewIds() {
        Session copy = signedIn.as("a-facilitator", () -> plans.plan(fixture.groupA().id(), "Tweede keer",
                Instant.now().plus(7, ChronoUnit.DAYS), Optional.of(sessionId)));
        Session original = signedIn.as("a-facilitator", () -> plans.get(sessionId));
        assertThat(copy.steps()).extracting(s -> s.activity()).isEqualTo(original.steps().stream()
                .map(s -> s.activity()).toList());
        assertThat(copy.steps().getFirst().id()).isNotEqualTo(original.steps().getFirst().id());
        // copying a session of another group is refused
        assertThatThrownBy(() -> signedIn.as("a-other", () -> plans.plan(fixture.otherGroupA().id(), "Stiekem",
                Instant.now(), Optional.of(sessionId)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNameWhoseTabletIsConnectedIsTakenOnlyWithTheFacilitatorsOkAndCountedPresentOnce() {
        join("Anna");
        TabletToken second = join("Anna");
        join("Bert");
        // Anna's first tablet is connected: the second only asks, and is nobody yet
        LiveSnapshot.TabletLine asking = snapshot().tablets().stream().filter(LiveSnapshot.TabletLine::claims)
                .findFirst().orElseThrow();
        assertThat(asking.name()).isEqualTo("Anna");
        assertThat(asking.participantId()).isNull();
        assertThat(tablets.find(second)).map(TabletState::participantId).isEmpty();
        assertThatThrownBy(() -> signedIn.as("a-other", () -> live.allowClaim(sessionId, asking.id())))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("a-facilitator", () -> live.allowClaim(sessionId, asking.id()));

        LiveSnapshot snapshot = snapshot();
        assertThat(snapshot.tablets()).hasSize(3);
        assertThat(snapshot.tablets()).filteredOn(LiveSnapshot.TabletLine::sharedName).hasSize(2)
                .allSatisfy(t -> assertThat(t.name()).isEqualTo("Anna"));
        assertThat(snapshot.attendance()).hasSize(2)
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(AttendanceStatus.PRESENT));

        // the facilitator releases one of them; the other Anna stays
        LiveSnapshot.TabletLine secondLine = snapshot.tablets().stream()
                .filter(LiveSnapshot.TabletLine::sharedName).toList().get(1);
        signedIn.as("a-facilitator", () -> live.release(sessionId, secondLine.id()));
        assertThat(snapshot().tablets()).hasSize(2).noneMatch(LiveSnapshot.TabletLine::sharedName);
    }

    @Test
    void aNewcomerWaitsUntilTheFacilitatorConfirmsAndIsThenOnTheRosterAndPresent() {
        JoinableSession joinable = signedIn.anonymous(() -> tablets.open(code.value(), "10.0.0.2")).orElseThrow();
        TabletToken token = signedIn.anonymous(() -> tablets.arriveAsNewcomer(joinable.code(), " Mies ",
                Optional.empty()));
        assertThat(signedIn.anonymous(() -> tablets.find(token)).orElseThrow().waitsForConfirmation()).isTrue();
        LiveSnapshot.TabletLine waiting = snapshot().tablets().getFirst();
        assertThat(waiting.waitsForConfirmation()).isTrue();
        assertThat(waiting.name()).isEqualTo("Mies");

        signedIn.as("a-expert", () -> live.confirmNewcomer(sessionId, waiting.id()));

        TabletState state = signedIn.anonymous(() -> tablets.find(token)).orElseThrow();
        assertThat(state.waitsForConfirmation()).isFalse();
        assertThat(state.name()).isEqualTo("Mies");
        LiveSnapshot snapshot = snapshot();
        assertThat(snapshot.roster()).extracting(LiveSnapshot.RosterName::name).contains("Mies");
        assertThat(snapshot.attendance()).extracting(a -> a.participantId()).contains(state.participantId());
        // the leader confirmed who this tablet is: its person's history may show at once
        assertThat(snapshot.tablet(state.tabletId())).map(LiveSnapshot.TabletLine::showsHistory).contains(true);
    }

    @Test
    void aNewcomerWithANameOnTheRosterIsNeverMergedSilently() {
        JoinableSession joinable = signedIn.anonymous(() -> tablets.open(code.value(), "10.0.0.2")).orElseThrow();
        TabletToken token = signedIn.anonymous(() -> tablets.arriveAsNewcomer(joinable.code(), "anna",
                Optional.empty()));
        LiveSnapshot.TabletLine waiting = snapshot().tablets().getFirst();
        ParticipantId rosterAnna = snapshot().roster().stream().filter(r -> r.name().equals("Anna")).findFirst()
                .orElseThrow().id();
        assertThat(waiting.namesake()).isEqualTo(rosterAnna);
        assertThatThrownBy(() -> signedIn.as("a-facilitator", () -> live.confirmNewcomer(sessionId, waiting.id())))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.newcomer-namesake");
        assertThatThrownBy(() -> signedIn.as("a-facilitator", () -> live.confirmNewcomerNamed(sessionId,
                waiting.id(), "ANNA"))).isInstanceOf(InvalidValueException.class);

        // "een nieuwe Anna": a name of her own on the roster
        signedIn.as("a-facilitator", () -> live.confirmNewcomerNamed(sessionId, waiting.id(), "Anna B."));
        TabletState state = signedIn.anonymous(() -> tablets.find(token)).orElseThrow();
        assertThat(state.participantId()).isNotEqualTo(rosterAnna);
        assertThat(state.name()).isEqualTo("Anna B.");
        assertThat(snapshot().roster()).extracting(LiveSnapshot.RosterName::name).contains("Anna", "Anna B.");
    }

    @Test
    void aNewBindingHidesPrivateHistoryUntilSeenAndKloptNietBlocksTheTablet() {
        TabletToken anna = join("Anna");
        LiveSnapshot.TabletLine line = snapshot().tablets().getFirst();
        assertThat(line.isNewBinding()).isTrue();
        assertThat(tablets.showsHistory(anna)).isFalse();
        // the grace period passes without the leader: the binding counts as seen
        jdbc.update("update tablet set bound_at = bound_at - interval '3 minutes' where id = ?", line.id().value());
        bindingGrace.confirmWhatWasLeftAlone();
        assertThat(tablets.showsHistory(anna)).isTrue();

        TabletToken bert = join("Bert");
        LiveSnapshot.TabletLine bertsLine = snapshot().tablets().stream()
                .filter(t -> t.name().equals("Bert")).findFirst().orElseThrow();
        signedIn.as("a-facilitator", () -> live.rejectBinding(sessionId, bertsLine.id()));
        assertThat(tablets.find(bert)).map(TabletState::blocked).contains(true);
        assertThat(snapshot().attendance()).extracting(a -> a.participantId()).doesNotContain(bertsLine.participantId());
        ParticipantId bertId = bertsLine.participantId();
        assertThatThrownBy(() -> tablets.chooseName(code, bertId, Optional.of(bert)))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.tablet-blocked");
    }

    @Test
    void theFacilitatorClosesTheDoorAndOpensItAgain() {
        TabletToken anna = join("Anna");
        signedIn.as("a-facilitator", () -> live.closeJoining(sessionId));
        assertThat(tablets.open(code.value(), "10.0.0.5")).map(JoinableSession::open).contains(false);
        assertThatThrownBy(() -> join("Bert")).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.join-closed");
        // a tablet that belongs still comes back, as who it is
        assertThat(tablets.find(anna)).map(TabletState::name).contains("Anna");
        ParticipantId annaId = tablets.find(anna).orElseThrow().participantId();
        assertThat(tablets.chooseName(code, annaId, Optional.of(anna))).isEqualTo(anna);
        signedIn.as("a-facilitator", () -> live.openJoining(sessionId));
        assertThat(snapshot().door().open()).isTrue();
        join("Bert");
    }

    @Test
    void answersAreCheckedStoredOnceAndAnonymousOnesCannotBeTracedToAPerson() {
        TabletToken anna = join("Anna");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        StepId named = currentStep();

        assertThatThrownBy(() -> tablets.answer(anna, named, 0, "   ", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey").isEqualTo("validation.required");
        assertThatThrownBy(() -> tablets.answer(anna, named, 0, "x".repeat(501), UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey").isEqualTo("validation.too-long");
        UUID key = UUID.randomUUID();
        tablets.answer(anna, named, 0, "Goed!", key);
        tablets.answer(anna, named, 0, "Goed!", key); // resent after a reconnect
        assertThat(snapshot().answersTo(named)).singleElement()
                .satisfies(a -> assertThat(a.authorName()).isEqualTo("Anna"));

        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 2));
        StepId anonymous = currentStep();
        tablets.answer(anna, anonymous, 0, "Niemand zit op mij te wachten", UUID.randomUUID());
        signedIn.as("a-facilitator", () -> live.showWaitingAnswers(sessionId, anonymous));
        assertThat(snapshot().answersTo(anonymous)).singleElement()
                .satisfies(a -> assertThat(a.authorName()).isNull());
        Map<String, Object> row = jdbc.queryForMap("select participant_id, answered_at from answer where step_id = ?",
                anonymous.value());
        assertThat(row.get("participant_id")).isNull();
        assertThat(row.get("answered_at")).isNull();
    }

    @Test
    void aTabletAnswersOnlyStepsItsOwnSessionHasReachedAlsoLate() {
        TabletToken anna = join("Anna");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        StepId ahead = snapshot().steps().get(2).id();
        assertThatThrownBy(() -> tablets.answer(anna, ahead, 0, "Hallo", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.step-moved-on");
        // written at step 2, arriving when the facilitator has moved on to 3 and back to 1: kept for step 2
        StepId named = currentStep();
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 2));
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 0));
        tablets.answer(anna, named, 0, "Laat, maar bewaard", UUID.randomUUID());
        assertThat(snapshot().answersTo(named)).extracting(LiveSnapshot.AnswerLine::text)
                .containsExactly("Laat, maar bewaard");
        assertThatThrownBy(() -> tablets.answer(anna, StepId.newId(), 0, "Hallo", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> tablets.answer(TabletToken.random(), currentStep(), 0, "Hallo", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.tablet-gone");
        // a name from another group's roster is refused
        ParticipantId bea = new ParticipantId(jdbc.queryForObject(
                "select id from participant where display_name = 'Bea'", UUID.class));
        assertThatThrownBy(() -> tablets.chooseName(code, bea, Optional.empty()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void wrongCodesAreThrottledPerAddressAndNeverSayWhy() {
        for (int i = 0; i < 10; i++) {
            assertThat(tablets.open("ZZZZZ" + i, "10.9.9.9")).isEmpty();
        }
        assertThatThrownBy(() -> tablets.open(code.value(), "10.9.9.9"))
                .isInstanceOf(JoinCodeThrottledException.class);
        assertThat(tablets.open(code.value(), "10.9.9.10")).isPresent();
        assertThat(tablets.open("not a code at all", "10.9.9.11")).isEmpty();
    }

    @Test
    void onlyTheGroupsOwnStaffLeadAndOnlyItsFacilitatorsCorrectAttendanceOrWriteNotes() {
        assertThatThrownBy(() -> signedIn.as("b-facilitator", () -> live.snapshot(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("a-other", () -> live.goToStep(sessionId, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> live.goToStep(sessionId, 1)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("a-expert", () -> live.goToStep(sessionId, 1));
        assertThat(snapshot().currentStep()).isEqualTo(1);
        ParticipantId anna = snapshot().roster().getFirst().id();
        assertThatThrownBy(() -> signedIn.as("a-expert", () -> live.setAttendance(sessionId, anna,
                AttendanceStatus.EXCUSED, "Ziek"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("a-expert", () -> live.notes(sessionId)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("a-facilitator", () -> live.setAttendance(sessionId, anna, AttendanceStatus.EXCUSED, "Ziek"));
        assertThat(snapshot().attendance()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Ziek"));
    }

    @Test
    void afterTheEndTheCodeStopsWorkingAndOnlyWhatWasWrittenBeforeTheEndStillArrives() {
        TabletToken anna = join("Anna");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        StepId round = currentStep();
        StepId neverReached = snapshot().steps().get(2).id();
        signedIn.as("a-facilitator", () -> live.end(sessionId));

        assertThat(tablets.open(code.value(), "10.0.0.3")).isEmpty();
        assertThat(tablets.find(anna)).map(TabletState::ended).contains(true);
        // written while the round was on the tablet, arriving just after the end: kept
        tablets.answer(anna, round, 0, "Net op tijd geschreven", UUID.randomUUID());
        assertThat(snapshot().answersTo(round)).extracting(LiveSnapshot.AnswerLine::text)
                .containsExactly("Net op tijd geschreven");
        assertThatThrownBy(() -> tablets.answer(anna, neverReached, 0, "Te laat", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class);
        // a session ended longer ago than that takes nothing any more
        jdbc.update("update kring_session set ended_at = ended_at - interval '31 minutes' where id = ?",
                sessionId.value());
        assertThatThrownBy(() -> tablets.answer(anna, round, 0, "Een dag later", UUID.randomUUID()))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey")
                .isEqualTo("validation.session-over");
    }

    @Test
    void aSessionWithoutActivityForItsIdleLimitEndsByItselfAsIfItsFacilitatorHadEndedIt() {
        TabletToken anna = join("Anna");
        join("Bert");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 2));
        tablets.answer(anna, currentStep(), 0, "Alleen op zondag", UUID.randomUUID());
        Instant lastActivity = jdbc.queryForObject("select last_activity_at from kring_session where id = ?",
                java.sql.Timestamp.class, sessionId.value()).toInstant();
        Duration limit = idleSessions.idleLimit();
        assertThat(limit).isEqualTo(Duration.ofHours(4));

        // a moving clock: a minute before the limit nothing happens
        idleSessions.endThoseIdleAt(lastActivity.plus(limit).minusSeconds(60));
        assertThat(snapshot().isLive()).isTrue();
        assertThat(tablets.open(code.value(), "10.0.0.4")).isPresent();

        // a minute past it the session ends as if the facilitator ended it, and says so
        idleSessions.endThoseIdleAt(lastActivity.plus(limit).plusSeconds(60));
        LiveSnapshot ended = snapshot();
        assertThat(ended.isEnded()).isTrue();
        assertThat(ended.endedByItself()).isTrue();
        assertThat(tablets.open(code.value(), "10.0.0.4")).isEmpty();
        assertThat(tablets.find(anna)).map(TabletState::ended).contains(true);
        assertThat(ended.answersTo(ended.steps().get(2).id())).extracting(LiveSnapshot.AnswerLine::text)
                .containsExactly("Alleen op zondag");
        assertThat(jdbc.queryForObject("select count(*) from session_secret where session_id = ?", Integer.class,
                sessionId.value())).isZero();
        // everyone on the roster has a record, the ones who did not come absent, as at a normal end
        assertThat(ended.attendance()).hasSameSizeAs(ended.roster())
                .filteredOn(a -> a.status() == AttendanceStatus.PRESENT).hasSize(2);
        // ended once: a later round (or the other node) leaves it as it is
        idleSessions.endThoseIdleAt(lastActivity.plus(limit).plusSeconds(120));
        assertThat(snapshot().sequence()).isEqualTo(ended.sequence());
    }

    @Test
    void anonymousAnswersAppearOnlyInBatchesOfThreeOrWhenTheFacilitatorShowsThem() {
        TabletToken anna = join("Anna");
        TabletToken bert = join("Bert");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 2));
        StepId anonymous = currentStep();

        tablets.answer(anna, anonymous, 0, "Eén", UUID.randomUUID());
        tablets.answer(bert, anonymous, 0, "Twee", UUID.randomUUID());
        // two answers: no screen has them yet, the console knows only how many wait
        assertThat(snapshot().answersTo(anonymous)).isEmpty();
        assertThat(snapshot().waitingAnswersAt(anonymous)).isEqualTo(2);

        // an answer held as a distress signal does not make a batch full
        tablets.answer(anna, anonymous, 0, "Ik wil niet meer leven", UUID.randomUUID());
        assertThat(snapshot().answersTo(anonymous)).isEmpty();

        tablets.answer(bert, anonymous, 0, "Drie", UUID.randomUUID());
        assertThat(snapshot().answersTo(anonymous)).extracting(LiveSnapshot.AnswerLine::text)
                .containsExactlyInAnyOrder("Eén", "Twee", "Drie");
        assertThat(snapshot().waitingAnswersAt(anonymous)).isZero();

        tablets.answer(anna, anonymous, 0, "Vier", UUID.randomUUID());
        assertThat(snapshot().answersTo(anonymous)).hasSize(3);
        assertThatThrownBy(() -> signedIn.as("a-other", () -> live.showWaitingAnswers(sessionId, anonymous)))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("a-facilitator", () -> live.showWaitingAnswers(sessionId, anonymous));
        assertThat(snapshot().answersTo(anonymous)).extracting(LiveSnapshot.AnswerLine::text).contains("Vier");

        // named rounds stay live: an answer is there at once
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        tablets.answer(anna, currentStep(), 0, "Goed", UUID.randomUUID());
        assertThat(snapshot().answersTo(currentStep())).hasSize(1);
    }
}
