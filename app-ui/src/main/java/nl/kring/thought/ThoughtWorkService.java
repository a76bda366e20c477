package nl.kring.thought;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerId;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.Board;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.domain.thought.Pseudonyms;
import nl.kring.domain.thought.ThinkingPattern;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.domain.session.SessionSecrets;
import nl.kring.domain.session.TabletRepository;
import nl.kring.security.Roles;
import nl.kring.session.DistressCheck;
import nl.kring.session.SessionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leading the thought work from the console: revealing boards, hiding and tagging
 * thoughts, the distress alerts, the challenge (pick a thought, the three questions, the
 * helping thought) and the perspective swap (situation, cards, rounds). For the session's
 * leaders: the group's facilitators and experience experts; adding a thought of one's own
 * is for experience experts only.
 *
 * <p>Every change first announces itself ({@link SessionEvents#recordChange}), which locks
 * the session row: two leaders clicking at once are served one after the other.
 */
@Service
@PreAuthorize(Roles.ANY_STAFF)
public class ThoughtWorkService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionAccess access;
    private final ContributionRepository contributions;
    private final AnswerRepository answers;
    private final StepStateRepository stepStates;
    private final TabletRepository tablets;
    private final SessionSecrets secrets;
    private final SessionEvents events;
    private final DistressCheck distress;

    ThoughtWorkService(SessionAccess access, ContributionRepository contributions, AnswerRepository answers,
                       StepStateRepository stepStates, TabletRepository tablets, SessionSecrets secrets,
                       SessionEvents events, DistressCheck distress) {
        this.access = access;
        this.contributions = contributions;
        this.answers = answers;
        this.stepStates = stepStates;
        this.tablets = tablets;
        this.secrets = secrets;
        this.events = events;
        this.distress = distress;
    }

    // ---- boards ----

    /**
     * Reveals what waits on a board, all at once in a random order. With fewer than three
     * waiting it reveals only when {@code confirmed}.
     */
    @Transactional
    public RevealOutcome reveal(SessionId id, StepId stepId, String board, boolean confirmed) {
        liveStep(id, stepId);
        List<Contribution> onBoard = contributions.findBySession(id).stream()
                .filter(c -> c.stepId().equals(stepId) && c.board().equals(board)).toList();
        Board.RevealCheck check = Board.check(onBoard);
        if (check == Board.RevealCheck.NOTHING_WAITING) {
            return RevealOutcome.NOTHING_WAITING;
        }
        if (check == Board.RevealCheck.NEEDS_CONFIRMATION && !confirmed) {
            return RevealOutcome.NEEDS_CONFIRMATION;
        }
        Board.reveal(onBoard, confirmed, RANDOM).forEach(contributions::update);
        return RevealOutcome.REVEALED;
    }

    /** Takes a contribution off the wall and the shared screen for good: its text is never shown again. */
    @Transactional
    public void hide(SessionId id, ContributionId contributionId) {
        Contribution contribution = contributionOf(id, contributionId);
        contributions.update(contribution.hide());
    }

    /** Tags a thought with a thinking pattern, or removes the tag ({@code null}). */
    @Transactional
    public void tag(SessionId id, ContributionId contributionId, ThinkingPattern pattern) {
        Contribution contribution = contributionOf(id, contributionId);
        contributions.update(contribution.taggedWith(pattern));
    }

    /** An experience expert's own thought, shown with a small "ervaringsdeskundige" label. */
    @Transactional
    public void addExpertThought(SessionId id, StepId stepId, String text, UUID submissionKey) {
        access.requireExperienceExpert(id);
        Step step = liveStep(id, stepId);
        if (!(step.activity() instanceof ThoughtWall)) {
            throw new InvalidValueException("text", "validation.step-moved-on");
        }
        contributions.saveOnce(Contribution.written(id, stepId, BoardKey.WALL, text, true,
                distress.suggestsDistress(text), submissionKey));
    }

    // ---- challenging a thought ----

    /** Puts a thought from the wall up for challenging; the first question comes on the tablets. */
    @Transactional
    public void pickThought(SessionId id, StepId stepId, ContributionId thought) {
        Step step = liveStep(id, stepId, ThoughtChallenge.class);
        requireWallThought(id, thought);
        saveChallenge(id, step, challenge(step).pick(thought));
    }

    /** Shows question {@code index} (0–2), or the helping thought ({@value ChallengeState#HELPING_THOUGHT}). */
    @Transactional
    public void challengeQuestion(SessionId id, StepId stepId, int index) {
        Step step = liveStep(id, stepId, ThoughtChallenge.class);
        saveChallenge(id, step, challenge(step).toQuestion(index));
    }

    /** The helping thought the group formulated (typed, or one from the list), kept beside the thought. */
    @Transactional
    public void helpingThought(SessionId id, StepId stepId, String text) {
        Step step = liveStep(id, stepId, ThoughtChallenge.class);
        saveChallenge(id, step, challenge(step).withHelpingThought(text));
    }

    // ---- perspective swap ----

    /** Puts a typed situation in the middle. */
    @Transactional
    public void putSituation(SessionId id, StepId stepId, String situation) {
        Step step = liveStep(id, stepId, PerspectiveSwap.class);
        saveSwap(id, step, swap(step).withSituation(situation));
    }

    /** Puts a thought from the wall in the middle. */
    @Transactional
    public void putThoughtInMiddle(SessionId id, StepId stepId, ContributionId thought) {
        Step step = liveStep(id, stepId, PerspectiveSwap.class);
        saveSwap(id, step, swap(step).withSituation(requireWallThought(id, thought).text()));
    }

    /** The cards for the next round (add or remove cards between rounds). */
    @Transactional
    public void setCards(SessionId id, StepId stepId, List<String> cards) {
        Step step = liveStep(id, stepId, PerspectiveSwap.class);
        saveSwap(id, step, swap(step).withCards(cards));
    }

    /**
     * Deals the next round to everyone who has chosen their name: the first round evenly,
     * every next round swapped, so nobody gets a card they had while others remain.
     */
    @Transactional
    public void dealNextRound(SessionId id, StepId stepId) {
        Step step = liveStep(id, stepId, PerspectiveSwap.class);
        Pseudonyms pseudonyms = new Pseudonyms(secrets.secretOf(id));
        List<String> holders = tablets.findBySession(id).stream()
                .filter(t -> t.participantId() != null)
                .map(t -> pseudonyms.holder(t.participantId()))
                .distinct().toList();
        if (holders.isEmpty()) {
            throw new InvalidValueException("round", "validation.nobody-to-deal");
        }
        saveSwap(id, step, swap(step).nextRound(holders, RANDOM));
    }

    // ---- helpers ----

    private ChallengeState challenge(Step step) {
        return stepStates.find(step.id(), ChallengeState.class).orElseGet(ChallengeState::notStarted);
    }

    private void saveChallenge(SessionId id, Step step, ChallengeState state) {
        stepStates.save(id, step.id(), step.activity().type(), state);
    }

    private SwapState swap(Step step) {
        return stepStates.find(step.id(), SwapState.class)
                .orElseGet(() -> SwapState.planned((PerspectiveSwap) step.activity()));
    }

    private void saveSwap(SessionId id, Step step, SwapState state) {
        stepStates.save(id, step.id(), step.activity().type(), state);
    }

    private Contribution requireWallThought(SessionId id, ContributionId thought) {
        return contributions.findById(thought)
                .filter(c -> c.sessionId().equals(id) && c.board().equals(BoardKey.WALL) && c.isVisible())
                .orElseThrow(() -> new InvalidValueException("thought", "validation.thought-gone"));
    }

    private Contribution contributionOf(SessionId id, ContributionId contributionId) {
        access.requireLeader(id);
        events.recordChange(id);
        return contributions.findById(contributionId).filter(c -> c.sessionId().equals(id))
                .orElseThrow(() -> new InvalidValueException("thought", "validation.thought-gone"));
    }

    private Step liveStep(SessionId id, StepId stepId, Class<?> activity) {
        Step step = liveStep(id, stepId);
        if (!activity.isInstance(step.activity())) {
            throw new InvalidValueException("step", "validation.step-moved-on");
        }
        return step;
    }

    /** The leader check, the lock and the announcement, and the step (which must be in the live session). */
    private Step liveStep(SessionId id, StepId stepId) {
        Session session = access.requireLeader(id);
        if (!session.isLive()) {
            throw new InvalidValueException("session", "validation.session-not-live");
        }
        events.recordChange(id);
        return session.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(() -> new InvalidValueException("step", "validation.step-moved-on"));
    }
}
