package nl.kring.thought;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionSecrets;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.domain.thought.Pseudonyms;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.session.DistressCheck;
import nl.kring.session.Delivered;
import nl.kring.session.SubmissionHandler;
import nl.kring.session.TabletAtStep;
import nl.kring.session.TabletSubmission;
import nl.kring.session.TabletService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tablet writes anonymously and marks. The same rule as {@link TabletService}: only
 * the tablet's own token, at the current step of its live session.
 *
 * <p>Anonymous means unlinkable. A contribution is stored without participant, tablet or
 * time; the board it goes on is worked out here from the step (never taken from the
 * tablet); nothing about it is logged. "Herken ik" marks and perspective cards are kept
 * under keys derived from a per-session secret, destroyed when the session ends.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletContributionService implements SubmissionHandler {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TabletService tablets;
    private final TabletRepository tabletRepository;
    private final ContributionRepository contributions;
    private final StepStateRepository stepStates;
    private final SessionSecrets secrets;
    private final SessionEvents events;
    private final DistressCheck distress;

    TabletContributionService(TabletService tablets, TabletRepository tabletRepository,
                              ContributionRepository contributions, StepStateRepository stepStates,
                              SessionSecrets secrets, SessionEvents events, DistressCheck distress) {
        this.tablets = tablets;
        this.tabletRepository = tabletRepository;
        this.contributions = contributions;
        this.stepStates = stepStates;
        this.secrets = secrets;
        this.events = events;
        this.distress = distress;
    }

    @Override
    public TabletSubmission.Kind kind() {
        return TabletSubmission.Kind.CONTRIBUTION;
    }

    /**
     * A thought, challenge answer or view, also one that arrives late. A thought goes on its
     * step's wall; if that wall was shown already it waits for the next showing (never shown
     * alone, so never traceable by its timing), and the tablet is told so. A challenge answer
     * or a view belongs to the question or card it was written for: when the step has moved
     * past that, it is not placed — storing it under another question would change what it
     * says — and the tablet says so plainly.
     */
    @Override
    @Transactional
    public Delivered store(TabletToken token, TabletSubmission submission) {
        TabletAtStep at = tablets.atStepOfLiveSession(token, submission.step());
        if (!at.isLive()) {
            return Delivered.notPlaced("delivery.session-over-not-placed"); // no wall will be shown again
        }
        if (at.step().activity() instanceof ThoughtWall) {
            boolean shownAlready = contributions.findBySession(at.session().id()).stream()
                    .anyMatch(c -> c.stepId().equals(at.step().id()) && c.board().equals(BoardKey.WALL)
                            && c.isVisible());
            save(at, BoardKey.WALL, submission.text(), submission.key());
            return shownAlready ? Delivered.storedWith("delivery.wall-shown-already") : Delivered.kept();
        }
        String boardNow;
        try {
            boardNow = at.isCurrent() ? boardAt(at) : null;
        } catch (InvalidValueException noBoardNow) {
            boardNow = null;
        }
        if (boardNow == null || (submission.writtenOn() != null && !submission.writtenOn().equals(boardNow))) {
            return Delivered.notPlaced("delivery.question-moved-on");
        }
        save(at, boardNow, submission.text(), submission.key());
        return Delivered.kept();
    }

    /**
     * Writes a thought, a challenge answer or a view from the tablet's perspective card,
     * whichever the current step asks for. Sending the same submission key again stores nothing.
     *
     * @throws InvalidValueException when the text is empty or too long, or the step moved on
     */
    @Transactional
    public void contribute(TabletToken token, StepId stepId, String text, UUID submissionKey) {
        TabletAtStep at = tablets.atCurrentStep(token, stepId);
        save(at, boardAt(at), text, submissionKey);
    }

    /** The board the current step of {@code at} collects on now, for this tablet's person. */
    private String boardAt(TabletAtStep at) {
        StepId stepId = at.step().id();
        SessionId session = at.session().id();
        return switch (at.step().activity()) {
            case ThoughtWall wall -> BoardKey.WALL;
            case ThoughtChallenge challenge -> stepStates.find(stepId, ChallengeState.class)
                    .filter(ChallengeState::asksQuestion)
                    .map(state -> BoardKey.challengeQuestion(state.current().orElseThrow().thought(),
                            state.question()))
                    .orElseThrow(() -> new InvalidValueException("text", "validation.no-question-now"));
            case PerspectiveSwap swap -> stepStates.find(stepId, SwapState.class)
                    .filter(state -> state.round() > 0)
                    .flatMap(state -> state.cardOf(pseudonyms(session).holder(at.participant()))
                            .map(card -> BoardKey.perspective(state.round(), card)))
                    .orElseThrow(() -> new InvalidValueException("text", "validation.no-card-yet"));
            default -> throw new InvalidValueException("text", "validation.step-moved-on");
        };
    }

    private void save(TabletAtStep at, String board, String text, UUID submissionKey) {
        SessionId session = at.session().id();
        Contribution contribution = Contribution.written(session, at.step().id(), board, text, false,
                distress.suggestsDistress(text), submissionKey);
        if (contributions.saveOnce(contribution)) {
            events.recordChange(session);
        }
    }

    /** "Herken ik": counted once per person per contribution, without storing who. */
    @Transactional
    public void recognise(TabletToken token, ContributionId id) {
        var tablet = tabletRepository.findByTokenHash(token.hash())
                .filter(t -> t.participantId() != null)
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Contribution contribution = contributions.findById(id)
                .filter(c -> c.sessionId().equals(tablet.sessionId()) && c.isVisible())
                .orElseThrow(() -> new InvalidValueException("thought", "validation.thought-gone"));
        events.recordChange(tablet.sessionId());
        contributions.recognise(contribution.id(),
                pseudonyms(tablet.sessionId()).marker(tablet.participantId(), contribution.id()));
    }

    /** Which of these contributions this tablet's person has marked (while the session runs). */
    @Transactional
    public Set<ContributionId> marked(TabletToken token, Collection<ContributionId> ids) {
        return tabletRepository.findByTokenHash(token.hash()).filter(t -> t.participantId() != null)
                .map(tablet -> {
                    Pseudonyms pseudonyms = pseudonyms(tablet.sessionId());
                    return ids.stream()
                            .filter(id -> contributions.isMarked(id, pseudonyms.marker(tablet.participantId(), id)))
                            .collect(Collectors.toSet());
                }).orElse(Set.of());
    }

    /**
     * The perspective card this tablet's person holds in the current round. Someone who
     * arrives while a round runs is dealt a card now.
     */
    @Transactional
    public Optional<String> myCard(TabletToken token, StepId stepId) {
        TabletAtStep at = tablets.atCurrentStep(token, stepId);
        if (!(at.step().activity() instanceof PerspectiveSwap)) {
            return Optional.empty();
        }
        Optional<SwapState> state = stepStates.find(stepId, SwapState.class).filter(s -> s.round() > 0);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String holder = pseudonyms(at.session().id()).holder(at.participant());
        if (state.get().cardOf(holder).isPresent()) {
            return state.get().cardOf(holder);
        }
        events.recordChange(at.session().id()); // locks the session: two late arrivals are dealt one by one
        SwapState current = stepStates.find(stepId, SwapState.class).orElseThrow();
        SwapState dealt = current.dealLate(holder, RANDOM);
        stepStates.save(at.session().id(), stepId, at.step().activity().type(), dealt);
        return dealt.cardOf(holder);
    }

    private Pseudonyms pseudonyms(SessionId session) {
        return new Pseudonyms(secrets.secretOf(session));
    }
}
