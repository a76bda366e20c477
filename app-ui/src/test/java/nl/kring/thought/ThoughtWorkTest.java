package nl.kring.thought;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ThinkingPattern;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.session.Delivered;
import nl.kring.session.JoinableSession;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.TabletSubmission;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Thought work as the people in a session meet it: four tablets, a facilitator and an
 * experience expert, on the real database — and afterwards a look into that database
 * for anything that links a contribution to a person.
 */
class ThoughtWorkTest extends KringTestBase {

    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletContributionService contributions;
    @Autowired
    ThoughtWorkService work;
    @Autowired
    nl.kring.session.DistressService distress;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    nl.kring.testing.TestGroups testGroups;
    @Autowired
    JdbcTemplate jdbc;

    private SessionId sessionId;
    private JoinCode code;
    private final List<TabletToken> tokens = new ArrayList<>();
    private final List<Participant> people = new ArrayList<>();

    /** A new group of A (with a-facilitator and a-expert) with four people, and a started session. */
    @BeforeEach
    void startASession() {
        var created = testGroups.create("Gedachten", true, "Anna", "Bert", "Cor", "Dini");
        Group group = created.group();
        people.addAll(created.people());
        Session started = signedIn.as("a-facilitator", () -> {
            Session planned = plans.plan(group.id(), "Spelen met gedachten", Instant.now().plus(1, ChronoUnit.HOURS),
                    Optional.empty());
            planned = plans.addStep(planned.id(), new ThoughtWall("Welke gedachte zit je dwars?"), null,
                    planned.version());
            planned = plans.addStep(planned.id(), new ThoughtChallenge(""), null, planned.version());
            planned = plans.addStep(planned.id(), TestContent.SEEDS.perspectiveSwap("", TestContent.DUTCH), null, planned.version());
            planned = plans.addStep(planned.id(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED),
                    null, planned.version());
            return live.start(planned.id());
        });
        sessionId = started.id();
        code = started.live().joinCode();
        for (Participant person : people) {
            JoinableSession joinable = signedIn.anonymous(() -> tablets.open(code.value(), "10.0.0.2")).orElseThrow();
            assertThat(joinable.roster()).hasSize(4);
            tokens.add(signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty())));
        }
    }

    private LiveSnapshot snapshot() {
        return signedIn.as("a-facilitator", () -> live.snapshot(sessionId));
    }

    private StepId step(int index) {
        return snapshot().steps().get(index).id();
    }

    private void write(int tablet, StepId step, String text) {
        signedIn.anonymous(() -> contributions.contribute(tokens.get(tablet), step, text, UUID.randomUUID()));
    }

    private RevealOutcome reveal(StepId step, String board, boolean confirmed) {
        return signedIn.as("a-facilitator", () -> work.reveal(sessionId, step, board, confirmed));
    }

    @Test
    void theWallShowsNothingUntilRevealedAndThenEverythingAtOnce() {
        StepId wall = step(0);
        UUID twice = UUID.randomUUID();
        signedIn.anonymous(() -> contributions.contribute(tokens.get(0), wall, "Niemand zit op mij te wachten", twice));
        signedIn.anonymous(() -> contributions.contribute(tokens.get(0), wall, "Niemand zit op mij te wachten", twice));
        write(1, wall, "<script>alert('x')</script>");

        LiveSnapshot before = snapshot();
        assertThat(before.wall()).isEmpty();
        assertThat(before.countOn(wall, BoardKey.WALL).waiting()).isEqualTo(2);
        assertThat(reveal(wall, BoardKey.WALL, false)).isEqualTo(RevealOutcome.NEEDS_CONFIRMATION);
        assertThat(snapshot().wall()).isEmpty();

        write(2, wall, "Ik ben te oud om nog vrienden te maken");
        assertThat(reveal(wall, BoardKey.WALL, false)).isEqualTo(RevealOutcome.REVEALED);
        assertThat(snapshot().visibleOn(wall, BoardKey.WALL)).extracting(LiveSnapshot.BoardItem::text)
                .containsExactlyInAnyOrder("Niemand zit op mij te wachten", "<script>alert('x')</script>",
                        "Ik ben te oud om nog vrienden te maken");
        assertThat(reveal(wall, BoardKey.WALL, false)).isEqualTo(RevealOutcome.NOTHING_WAITING);

        // bad input: empty and too long are refused with the field's message, nothing stored
        assertThatThrownBy(() -> write(3, wall, "   ")).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.required");
        assertThatThrownBy(() -> write(3, wall, "x".repeat(281))).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.too-long");
        assertThat(snapshot().countOn(wall, BoardKey.WALL).waiting()).isZero();
    }

    @Test
    void herkenIkCountsOncePerPersonAndHidingIsForGood() {
        StepId wall = step(0);
        write(0, wall, "Ik ben saai");
        write(1, wall, "Ik hoor er niet bij");
        write(2, wall, "Het ligt altijd aan mij");
        reveal(wall, BoardKey.WALL, false);
        LiveSnapshot.BoardItem item = snapshot().visibleOn(wall, BoardKey.WALL).getFirst();

        signedIn.anonymous(() -> contributions.recognise(tokens.get(1), item.id()));
        signedIn.anonymous(() -> contributions.recognise(tokens.get(1), item.id()));
        signedIn.anonymous(() -> contributions.recognise(tokens.get(3), item.id()));
        assertThat(snapshot().item(item.id()).orElseThrow().recognitions()).isEqualTo(2);
        assertThat(signedIn.anonymous(() -> contributions.marked(tokens.get(1), List.of(item.id()))))
                .containsExactly(item.id());
        assertThat(signedIn.anonymous(() -> contributions.marked(tokens.get(2), List.of(item.id())))).isEmpty();

        signedIn.as("a-expert", () -> work.tag(sessionId, item.id(), ThinkingPattern.GENERALISEREN));
        assertThat(snapshot().item(item.id()).orElseThrow().pattern()).isEqualTo(ThinkingPattern.GENERALISEREN);
        signedIn.as("a-facilitator", () -> work.hide(sessionId, item.id()));
        assertThat(snapshot().item(item.id())).isEmpty();
        assertThat(snapshot().countOn(wall, BoardKey.WALL).hidden()).isEqualTo(1);
        assertThatThrownBy(() -> signedIn.anonymous(() -> contributions.recognise(tokens.get(0), item.id())))
                .isInstanceOf(InvalidValueException.class);
        // staff of another group cannot touch it
        assertThatThrownBy(() -> signedIn.as("a-other", () -> work.tag(sessionId, item.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheExperienceExpertAddsThoughtsOfTheirOwnLabelledAsSuch() {
        StepId wall = step(0);
        signedIn.as("a-expert", () -> work.addExpertThought(sessionId, wall, "Ik dacht vroeger: niemand mist mij",
                UUID.randomUUID()));
        assertThatThrownBy(() -> signedIn.as("a-facilitator", () -> work.addExpertThought(sessionId, wall, "Ik",
                UUID.randomUUID()))).isInstanceOf(AccessDeniedException.class);
        reveal(wall, BoardKey.WALL, true);
        assertThat(snapshot().visibleOn(wall, BoardKey.WALL)).singleElement()
                .satisfies(i -> assertThat(i.byExpert()).isTrue());
    }

    @Test
    void aDistressSignalGoesOnlyToTheConsoleUntilTheFacilitatorDecides() {
        StepId wall = step(0);
        write(0, wall, "Soms wil ik niet meer leven");
        write(1, wall, "Ik ben saai");
        write(2, wall, "Ik hoor er niet bij");
        write(3, wall, "Niemand belt mij");

        LiveSnapshot snapshot = snapshot();
        assertThat(snapshot.alerts()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Soms wil ik niet meer leven"));
        assertThat(snapshot.countOn(wall, BoardKey.WALL).waiting()).isEqualTo(3);
        reveal(wall, BoardKey.WALL, false);
        assertThat(snapshot().wall()).extracting(LiveSnapshot.BoardItem::text)
                .doesNotContain("Soms wil ik niet meer leven").hasSize(3);

        LiveSnapshot.DistressAlert alert = snapshot().alerts().getFirst();
        signedIn.as("a-facilitator", () -> distress.decide(sessionId, alert.source(), alert.id(), false));
        assertThat(snapshot().alerts()).isEmpty();
        reveal(wall, BoardKey.WALL, true);
        assertThat(snapshot().wall()).extracting(LiveSnapshot.BoardItem::text)
                .doesNotContain("Soms wil ik niet meer leven");

        // a named question-round answer is held back from the screen the same way, and can be shown after all
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 3));
        StepId round = step(3);
        signedIn.anonymous(() -> tablets.answer(tokens.get(1), round, 0, "Ik denk aan zelfmoord", UUID.randomUUID()));
        LiveSnapshot.DistressAlert answerAlert = snapshot().alerts().getFirst();
        assertThat(answerAlert.source()).isEqualTo(LiveSnapshot.DistressAlert.Source.ANSWER);
        assertThat(snapshot().answersTo(round)).isEmpty();
        signedIn.as("a-facilitator", () -> distress.decide(sessionId, answerAlert.source(), answerAlert.id(), true));
        assertThat(snapshot().answersTo(round)).extracting(LiveSnapshot.AnswerLine::text)
                .containsExactly("Ik denk aan zelfmoord");
    }

    @Test
    void aChallengedThoughtGetsAnonymousAnswersAndAHelpingThought() {
        StepId wall = step(0);
        write(0, wall, "Niemand zit op mij te wachten");
        reveal(wall, BoardKey.WALL, true);
        var thought = snapshot().wallThoughts().getFirst();
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        StepId challenge = step(1);
        assertThatThrownBy(() -> write(1, challenge, "Nee")).isInstanceOf(InvalidValueException.class)
                .extracting("messageKey").isEqualTo("validation.no-question-now");

        signedIn.as("a-facilitator", () -> work.pickThought(sessionId, challenge, thought.id()));
        write(1, challenge, "Nee, mijn dochter belt elke week");
        signedIn.as("a-facilitator", () -> work.challengeQuestion(sessionId, challenge, 1));
        write(2, challenge, "Dan blijf ik thuis");
        assertThat(reveal(challenge, BoardKey.challengeQuestion(thought.id(), 0), true))
                .isEqualTo(RevealOutcome.REVEALED);
        signedIn.as("a-facilitator", () -> work.helpingThought(sessionId, challenge, "Een gedachte is geen feit."));

        LiveSnapshot snapshot = snapshot();
        assertThat(snapshot.visibleOn(challenge, BoardKey.challengeQuestion(thought.id(), 0)))
                .extracting(LiveSnapshot.BoardItem::text).containsExactly("Nee, mijn dochter belt elke week");
        assertThat(snapshot.visibleOn(challenge, BoardKey.challengeQuestion(thought.id(), 1))).isEmpty();
        var state = snapshot.stateOf(challenge, nl.kring.domain.thought.ChallengeState.class).orElseThrow();
        assertThat(state.current().orElseThrow().helpingThought()).isEqualTo("Een gedachte is geen feit.");
        assertThat(state.current().orElseThrow().thought()).isEqualTo(thought.id());
    }

    /**
     * What arrives late from a tablet's outbox (issue 20): a thought for a wall already shown
     * waits for the next showing; a challenge answer for a question the group has passed is
     * not placed; the tablet is told either way.
     */
    @Test
    void aLateThoughtWaitsForTheNextShowingAndALateAnswerToAPassedQuestionIsNotPlaced() {
        StepId wall = step(0);
        write(0, wall, "Eerste gedachte");
        reveal(wall, BoardKey.WALL, true);
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        StepId challenge = step(1);
        var thought = snapshot().wallThoughts().getFirst();

        // written on the wall before it moved on, arriving now
        Delivered late = signedIn.anonymous(() -> delivery.deliver(tokens.get(1), new TabletSubmission(
                UUID.randomUUID(), TabletSubmission.Kind.CONTRIBUTION, wall, 0, "Te laat geschreven", 0,
                BoardKey.WALL)));
        assertThat(late).isEqualTo(Delivered.storedWith("delivery.wall-shown-already"));
        assertThat(snapshot().wallThoughts()).extracting(LiveSnapshot.BoardItem::text)
                .containsExactly("Eerste gedachte");
        assertThat(snapshot().countOn(wall, BoardKey.WALL).waiting()).isEqualTo(1);

        signedIn.as("a-facilitator", () -> work.pickThought(sessionId, challenge, thought.id()));
        String firstQuestion = BoardKey.challengeQuestion(thought.id(), 0);
        signedIn.as("a-facilitator", () -> work.challengeQuestion(sessionId, challenge, 1));
        Delivered passed = signedIn.anonymous(() -> delivery.deliver(tokens.get(2), new TabletSubmission(
                UUID.randomUUID(), TabletSubmission.Kind.CONTRIBUTION, challenge, 0, "Antwoord op vraag 1", 0,
                firstQuestion)));
        assertThat(passed).isEqualTo(Delivered.notPlaced("delivery.question-moved-on"));
        assertThat(jdbc.queryForObject("select count(*) from contribution where text = 'Antwoord op vraag 1'",
                Integer.class)).isZero();
        // written for the question that is open now: placed
        Delivered current = signedIn.anonymous(() -> delivery.deliver(tokens.get(2), new TabletSubmission(
                UUID.randomUUID(), TabletSubmission.Kind.CONTRIBUTION, challenge, 0, "Antwoord op vraag 2", 0,
                BoardKey.challengeQuestion(thought.id(), 1))));
        assertThat(current.stored()).isTrue();
    }

    /**
     * After a whole session with every kind of contribution, the database holds nothing that
     * leads from a contribution to a person: no such column, no participant or tablet id or
     * token hash in any contribution cell, no marks and no session secret left, no card holders.
     */
    @Test
    void afterTheSessionNoRowLinksAContributionToAPerson() {
        StepId wall = step(0);
        for (int i = 0; i < 4; i++) {
            write(i, wall, "Gedachte van tablet " + i);
        }
        reveal(wall, BoardKey.WALL, false);
        var thought = snapshot().wallThoughts().getFirst();
        signedIn.anonymous(() -> contributions.recognise(tokens.get(2), thought.id()));
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 1));
        signedIn.as("a-facilitator", () -> work.pickThought(sessionId, step(1), thought.id()));
        write(0, step(1), "Antwoord op vraag 1");
        signedIn.as("a-facilitator", () -> live.goToStep(sessionId, 2));
        StepId swap = step(2);
        signedIn.as("a-facilitator", () -> work.putThoughtInMiddle(sessionId, swap, thought.id()));
        signedIn.as("a-facilitator", () -> work.dealNextRound(sessionId, swap));
        for (int i = 0; i < 4; i++) {
            int tablet = i;
            assertThat(signedIn.anonymous(() -> contributions.myCard(tokens.get(tablet), swap))).isPresent();
            write(i, swap, "Zo zie ik het, tablet " + i);
        }
        assertThat(jdbc.queryForObject("select count(*) from recognition r join contribution c"
                + " on c.id = r.contribution_id where c.session_id = ?", Integer.class, sessionId.value())).isEqualTo(1);
        signedIn.as("a-facilitator", () -> live.end(sessionId));

        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_name = 'contribution'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "session_id", "step_id", "board", "text", "by_expert",
                "pattern", "hidden", "distress", "reveal_batch", "reveal_rank", "recognitions", "submission_key");
        List<Map<String, Object>> rows = jdbc.queryForList("select * from contribution where session_id = ?",
                sessionId.value());
        assertThat(rows).hasSize(9);
        Set<String> identifying = new java.util.HashSet<>();
        people.forEach(p -> identifying.add(p.id().value().toString()));
        jdbc.queryForList("select id::text || ' ' || token_hash from tablet where session_id = ?", String.class,
                sessionId.value()).forEach(line -> identifying.addAll(List.of(line.split(" "))));
        identifying.addAll(people.stream().map(p -> p.displayName().value()).toList());
        for (Map<String, Object> row : rows) {
            for (Object cell : row.values()) {
                String value = String.valueOf(cell);
                assertThat(identifying).noneMatch(value::contains);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from recognition r join contribution c"
                + " on c.id = r.contribution_id where c.session_id = ?", Integer.class, sessionId.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from session_secret where session_id = ?", Integer.class,
                sessionId.value())).isZero();
        String swapState = jdbc.queryForObject("select state from step_state where step_id = ?", String.class,
                swap.value());
        assertThat(swapState).contains("\"dealt\":{}").contains("\"history\":{}");
        // the counts and the texts stay for the results
        assertThat(rows).anySatisfy(row -> assertThat(row.get("recognitions")).isEqualTo(1));
    }
}
