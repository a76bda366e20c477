package nl.kring.persistence.thought;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.SessionSecrets;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.Board;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.domain.thought.Pseudonyms;
import nl.kring.domain.thought.ThinkingPattern;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Contract tests of the thought-work ports: contributions, marks, session secrets, step states. */
class ThoughtPortsIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    GroupRepository groups;
    @Autowired
    SessionRepository sessions;
    @Autowired
    ContributionRepository contributions;
    @Autowired
    SessionSecrets secrets;
    @Autowired
    StepStateRepository stepStates;

    Session session;
    Step wall;

    @BeforeEach
    void session() {
        var organisation = organisations.save(TestOrganisations.organisation("Welzijn " + UUID.randomUUID()));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdag"));
        session = sessions.save(Session.plan(group.id(), "Gedachten", Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .withStepAdded(Step.of(new ThoughtWall("Welke gedachte zit je dwars?"), null))
                .withStepAdded(Step.of(new ThoughtChallenge(""), null))
                .withStepAdded(Step.of(new PerspectiveSwap("Niemand belt",
                        java.util.List.of("De positieve kant", "Een kind", "Jouw held")), null)));
        wall = session.steps().getFirst();
    }

    private Contribution thought(String text, UUID key) {
        return Contribution.written(session.id(), wall.id(), BoardKey.WALL, text, false, false, key);
    }

    @Test
    void aContributionIsStoredOncePerSubmissionKeyAndUpdatedInPlace() {
        UUID key = UUID.randomUUID();
        assertThat(contributions.saveOnce(thought("Niemand zit op mij te wachten", key))).isTrue();
        assertThat(contributions.saveOnce(thought("Niemand zit op mij te wachten", key))).isFalse();
        contributions.saveOnce(thought("Ik ben saai", UUID.randomUUID()));
        contributions.saveOnce(thought("Ik hoor er niet bij", UUID.randomUUID()));
        List<Contribution> stored = contributions.findBySession(session.id());
        assertThat(stored).hasSize(3).noneMatch(Contribution::isRevealed);

        Board.reveal(stored, false, new Random(1)).forEach(contributions::update);
        Contribution first = contributions.findBySession(session.id()).getFirst();
        contributions.update(first.taggedWith(ThinkingPattern.GENERALISEREN).hide());
        Contribution read = contributions.findById(first.id()).orElseThrow();
        assertThat(read.pattern()).isEqualTo(ThinkingPattern.GENERALISEREN);
        assertThat(read.hidden()).isTrue();
        assertThat(Board.wall(contributions.findBySession(session.id()))).hasSize(2);

        Contribution held = Contribution.written(session.id(), wall.id(), BoardKey.WALL, "zelfmoord", false, true,
                UUID.randomUUID());
        contributions.saveOnce(held);
        contributions.update(held.decided(Distress.KEPT_PRIVATE));
        assertThat(contributions.findById(held.id()).orElseThrow().distress()).isEqualTo(Distress.KEPT_PRIVATE);
    }

    @Test
    void aMarkCountsOncePerMarkerAndTheMarksCanBeForgotten() {
        Contribution thought = thought("Ik ben saai", UUID.randomUUID());
        contributions.saveOnce(thought);
        Pseudonyms pseudonyms = new Pseudonyms(secrets.secretOf(session.id()));
        ParticipantId anna = new ParticipantId(UUID.randomUUID());
        ParticipantId bert = new ParticipantId(UUID.randomUUID());
        assertThat(contributions.recognise(thought.id(), pseudonyms.marker(anna, thought.id()))).isTrue();
        assertThat(contributions.recognise(thought.id(), pseudonyms.marker(anna, thought.id()))).isFalse();
        assertThat(contributions.recognise(thought.id(), pseudonyms.marker(bert, thought.id()))).isTrue();
        assertThat(contributions.findById(thought.id()).orElseThrow().recognitions()).isEqualTo(2);
        assertThat(contributions.isMarked(thought.id(), pseudonyms.marker(anna, thought.id()))).isTrue();

        contributions.forgetMarks(session.id());
        assertThat(contributions.isMarked(thought.id(), pseudonyms.marker(anna, thought.id()))).isFalse();
        assertThat(contributions.findById(thought.id()).orElseThrow().recognitions()).isEqualTo(2);
    }

    @Test
    void aSessionSecretIsStableUntilDestroyed() {
        byte[] secret = secrets.secretOf(session.id());
        assertThat(secret).hasSize(32).isEqualTo(secrets.secretOf(session.id()));
        secrets.destroy(session.id());
        assertThat(secrets.secretOf(session.id())).isNotEqualTo(secret);
    }

    @Test
    void stepStatesRoundTripAsTheirOwnType() {
        Step challenge = session.steps().get(1);
        Step swap = session.steps().get(2);
        Contribution thought = thought("Ik ben saai", UUID.randomUUID());
        ChallengeState challenged = ChallengeState.notStarted().pick(thought.id()).toQuestion(1)
                .withHelpingThought("Een gedachte is geen feit.");
        SwapState dealt = SwapState.planned((PerspectiveSwap) swap.activity())
                .nextRound(List.of("a", "b", "c"), new Random(2));
        stepStates.save(session.id(), challenge.id(), ActivityType.THOUGHT_CHALLENGE, challenged);
        stepStates.save(session.id(), swap.id(), ActivityType.PERSPECTIVE_SWAP, dealt);

        assertThat(stepStates.find(challenge.id(), ChallengeState.class)).contains(challenged);
        Map<?, Object> all = stepStates.findBySession(session.id());
        assertThat(all.get(swap.id())).isEqualTo(dealt);
        stepStates.save(session.id(), swap.id(), ActivityType.PERSPECTIVE_SWAP, dealt.forgetHolders());
        assertThat(stepStates.find(swap.id(), SwapState.class).orElseThrow().dealt()).isEmpty();
    }
}
