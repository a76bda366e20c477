package nl.kring.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.MoodCardRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerBatch;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepRepository;
import nl.kring.domain.thought.Board;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a {@link LiveSnapshot} from the database. It checks no access: it is called by the
 * services below after their own checks, and by the broadcaster, which hands the snapshot
 * only to screens that were let into that session.
 */
@Component
public class LiveSessionReader {

    /** A tablet whose page has not reported for this long counts as not connected. */
    static final Duration CONNECTED_WITHIN = Duration.ofSeconds(45);

    private final SessionRepository sessions;
    private final SessionEvents events;
    private final TabletRepository tablets;
    private final AnswerRepository answers;
    private final ParticipantRepository participants;
    private final ContributionRepository contributions;
    private final StepStateRepository stepStates;
    private final MoodCardRepository moodCards;
    private final ScaleAnswerRepository scaleAnswers;
    private final SmallStepRepository smallSteps;
    private final Clock clock;

    LiveSessionReader(SessionRepository sessions, SessionEvents events, TabletRepository tablets,
                      AnswerRepository answers, ParticipantRepository participants,
                      ContributionRepository contributions, StepStateRepository stepStates,
                      MoodCardRepository moodCards, ScaleAnswerRepository scaleAnswers,
                      SmallStepRepository smallSteps, Clock clock) {
        this.smallSteps = smallSteps;
        this.moodCards = moodCards;
        this.scaleAnswers = scaleAnswers;
        this.contributions = contributions;
        this.stepStates = stepStates;
        this.sessions = sessions;
        this.events = events;
        this.tablets = tablets;
        this.answers = answers;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LiveSnapshot> load(SessionId id) {
        // the sequence first: what is read after it is at least that new
        long sequence = events.lastSequences(List.of(id)).getOrDefault(id, 0L);
        return sessions.findById(id).map(session -> snapshot(session, sequence));
    }

    private LiveSnapshot snapshot(Session session, long sequence) {
        List<Participant> group = participants.findByGroup(session.groupId());
        Map<ParticipantId, String> names = group.stream()
                .collect(Collectors.toMap(Participant::id, p -> p.displayName().value()));
        List<LiveSnapshot.RosterName> roster = LiveSnapshot.RosterName.activeOf(group);
        List<Tablet> sessionTablets = tablets.findBySession(session.id());
        Map<ParticipantId, Long> tabletsPerPerson = sessionTablets.stream()
                .filter(t -> t.participantId() != null)
                .collect(Collectors.groupingBy(Tablet::participantId, Collectors.counting()));
        Instant connectedSince = clock.instant().minus(CONNECTED_WITHIN);
        List<LiveSnapshot.TabletLine> tabletLines = sessionTablets.stream()
                .map(t -> new LiveSnapshot.TabletLine(t.id(), t.participantId(),
                        t.participantId() != null ? names.getOrDefault(t.participantId(), "?")
                                : t.claims() ? names.getOrDefault(t.claimedId(), "?")
                                : t.newcomerName() == null ? "" : t.newcomerName().value(),
                        t.waitsForConfirmation(), t.lastSeenAt().isAfter(connectedSince),
                        t.participantId() != null && tabletsPerPerson.get(t.participantId()) > 1,
                        t.claims(), t.showsHistory(),
                        t.waitsForConfirmation() ? namesake(group, t.newcomerName()) : null, t.blocked()))
                .toList();
        List<Answer> allAnswers = answers.findBySession(session.id());
        List<LiveSnapshot.DistressAlert> alerts = new ArrayList<>();
        allAnswers.stream().filter(a -> a.distress() == Distress.HELD).forEach(a ->
                alerts.add(new LiveSnapshot.DistressAlert(a.id().value(), LiveSnapshot.DistressAlert.Source.ANSWER,
                        a.stepId(), a.text(), a.authorId() == null ? null : names.getOrDefault(a.authorId(), "?"))));
        // while the session runs, an anonymous answer leaves this method only once shown with its
        // batch (AnswerBatch); the results of an ended session, for staff only, hold them all
        List<LiveSnapshot.AnswerLine> answerLines = allAnswers.stream()
                .filter(a -> a.distress().mayBeShown() && (!a.awaitsShowing() || !session.isLive()))
                .map(a -> new LiveSnapshot.AnswerLine(a.stepId(), a.question(), a.authorId(),
                        a.authorId() == null ? null : names.getOrDefault(a.authorId(), "?"), a.text()))
                .toList();
        // each change is read once per node for every session: read only what this plan can hold
        List<Contribution> contributions = holds(session, ActivityType.THOUGHT_WALL, ActivityType.THOUGHT_CHALLENGE,
                ActivityType.PERSPECTIVE_SWAP) ? this.contributions.findBySession(session.id()) : List.of();
        contributions.stream().filter(c -> c.distress() == Distress.HELD && !c.hidden()).forEach(c ->
                alerts.add(new LiveSnapshot.DistressAlert(c.id().value(),
                        LiveSnapshot.DistressAlert.Source.CONTRIBUTION, c.stepId(), c.text(), null)));
        List<MoodCard> cards = holds(session, ActivityType.MOODBOARD) ? moodCards.findBySession(session.id())
                : List.of();
        cards.stream().filter(c -> c.distress() == Distress.HELD && !c.hidden()).forEach(c ->
                alerts.add(new LiveSnapshot.DistressAlert(c.id().value(), LiveSnapshot.DistressAlert.Source.MOOD_CARD,
                        c.stepId(), (c.text() + " " + c.artist()).strip(), null)));
        List<SmallStep> written = holds(session, ActivityType.SMALL_STEP) ? smallSteps.findWrittenIn(session.id())
                : List.of();
        written.stream().filter(s -> s.distress() == Distress.HELD).forEach(s ->
                alerts.add(new LiveSnapshot.DistressAlert(s.id().value(), LiveSnapshot.DistressAlert.Source.SMALL_STEP,
                        s.stepId(), s.text(), names.getOrDefault(s.participant(), "?"))));
        Collection<List<Contribution>> boards = byBoard(contributions);
        var live = session.live();
        return new LiveSnapshot(session.id(), session.groupId(), session.title(), session.status(),
                live != null && live.endedByItself(), sequence,
                session.steps(), live == null ? 0 : live.currentStep(), live == null ? null : live.timerEndsAt(),
                live == null ? null : live.joinCode(), live != null && live.joinCodeShown(), roster, tabletLines,
                answerLines, sessions.findAttendance(session.id()), wall(boards),
                boardCounts(boards), List.copyOf(alerts), stepStates.findBySession(session.id()),
                cards,
                holds(session, ActivityType.SCALE_QUESTION) ? scaleAnswers.findBySession(session.id()) : List.of(),
                written,
                // "Is het gelukt?" is asked while a session runs, whatever its plan
                session.isLive() ? smallSteps.findToLookBackOn(session.groupId(), session.id()) : List.of(),
                waitingAnswers(allAnswers), door(session));
    }

    /** The active person on the roster with this name, for a newcomer of that name. */
    private static ParticipantId namesake(List<Participant> group, PersonName name) {
        return group.stream().filter(p -> p.isActive() && p.displayName().sameAs(name)).map(Participant::id)
                .findFirst().orElse(null);
    }

    /** Whether new tablets can join now, and until when. */
    private LiveSnapshot.JoinDoor door(Session session) {
        if (!session.isLive()) {
            return LiveSnapshot.JoinDoor.CLOSED;
        }
        boolean open = session.live().joinOpen(clock.instant());
        return new LiveSnapshot.JoinDoor(open, open ? session.live().joinClosesAt() : null);
    }

    /** Per step, how many anonymous answers wait for their batch: a number, never a text. */
    private static Map<StepId, Integer> waitingAnswers(List<Answer> answers) {
        Map<StepId, Integer> waiting = new HashMap<>();
        answers.stream().collect(Collectors.groupingBy(Answer::stepId)).forEach((step, ofStep) -> {
            long count = AnswerBatch.waiting(ofStep);
            if (count > 0) {
                waiting.put(step, (int) count);
            }
        });
        return Map.copyOf(waiting);
    }

    private static boolean holds(Session session, ActivityType... types) {
        List<ActivityType> wanted = List.of(types);
        return session.steps().stream().anyMatch(step -> wanted.contains(step.activity().type()));
    }

    /** The contributions per board (step and board), in a stable order of boards. */
    private static Collection<List<Contribution>> byBoard(List<Contribution> contributions) {
        return contributions.stream()
                .collect(Collectors.groupingBy(c -> c.stepId() + "/" + c.board(), TreeMap::new, Collectors.toList()))
                .values();
    }

    /** Only what everyone may see leaves this method with its text: the revealed, shown contributions. */
    private static List<LiveSnapshot.BoardItem> wall(Collection<List<Contribution>> boards) {
        return boards.stream().flatMap(board -> Board.wall(board).stream())
                .map(c -> new LiveSnapshot.BoardItem(c.id(), c.stepId(), c.board(), c.text(), c.byExpert(),
                        c.pattern(), c.recognitions()))
                .toList();
    }

    private static List<LiveSnapshot.BoardCount> boardCounts(Collection<List<Contribution>> boards) {
        return boards.stream()
                .map(board -> new LiveSnapshot.BoardCount(board.getFirst().stepId(), board.getFirst().board(),
                        (int) Board.waiting(board), (int) board.stream().filter(Contribution::hidden).count()))
                .toList();
    }
}
