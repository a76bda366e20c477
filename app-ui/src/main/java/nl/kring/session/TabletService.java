package nl.kring.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.Answer;
import nl.kring.domain.session.AnswerBatch;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.AnswerableQuestions;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.JoinCodeThrottle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tablet does in a live session. Tablets have no account; the rule instead:
 * first a join code (throttled per address), after that only the tablet's own secret
 * token (from its rejoin cookie). Nothing here takes a session id from the tablet, so
 * no URL can lead a tablet into another session or to another person's data.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletService implements SubmissionHandler {

    /** How long after its end a session still takes what tablets wrote before it ended. */
    public static final Duration LATE_AFTER_THE_END = Duration.ofMinutes(30);

    private final SessionRepository sessions;
    private final TabletRepository tablets;
    private final ParticipantRepository participants;
    private final AnswerRepository answers;
    private final SessionEvents events;
    private final LiveSessionReader reader;
    private final JoinCodeThrottle throttle;
    private final DistressCheck distress;
    private final Clock clock;

    TabletService(SessionRepository sessions, TabletRepository tablets, ParticipantRepository participants,
                  AnswerRepository answers, SessionEvents events, LiveSessionReader reader,
                  JoinCodeThrottle throttle, DistressCheck distress, Clock clock) {
        this.distress = distress;
        this.sessions = sessions;
        this.tablets = tablets;
        this.participants = participants;
        this.answers = answers;
        this.events = events;
        this.reader = reader;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Looks up a typed join code. A wrong code and an ended session's code look the same.
     *
     * @throws JoinCodeThrottledException after too many wrong codes from this address
     */
    @Transactional(readOnly = true)
    public Optional<JoinableSession> open(String typedCode, String clientAddress) {
        if (throttle.isBlocked(clientAddress)) {
            throw new JoinCodeThrottledException();
        }
        Optional<JoinableSession> found = JoinCode.parse(typedCode).flatMap(sessions::findLiveByJoinCode)
                .map(this::joinable);
        if (found.isEmpty()) {
            throttle.recordWrongCode(clientAddress);
        }
        return found;
    }

    /**
     * The tablet chose a name from the roster (docs/adr/0010). Usually it is that person now,
     * counted present, and the console lists the new binding until the facilitator has seen it;
     * the person's private history shows only after that. If another tablet of that person is
     * connected, this one only asks: it waits for the facilitator's OK, and the first keeps
     * working. A blocked tablet gets no name, and while the door is closed no new tablet does.
     * Returns the token for the rejoin cookie (the same one if the tablet already had one).
     */
    @Transactional
    public TabletToken chooseName(JoinCode code, ParticipantId participantId, Optional<TabletToken> current) {
        Session session = liveSession(code);
        Participant person = participants.findById(participantId)
                .filter(p -> p.groupId().equals(session.groupId()) && p.isActive())
                .orElseThrow(() -> new InvalidValueException("name", "validation.name-not-on-roster"));
        Optional<Tablet> mine = current.flatMap(t -> tabletIn(session, t));
        if (mine.isPresent() && person.id().equals(mine.get().participantId())) {
            return current.orElseThrow(); // its own name again
        }
        requireMayTakeAName(session, mine);
        TabletToken token = mine.isPresent() ? current.orElseThrow() : TabletToken.random();
        Tablet tablet = mine.orElseGet(() -> Tablet.arrived(session.id(), token, clock.instant()));
        Instant connectedSince = clock.instant().minus(LiveSessionReader.CONNECTED_WITHIN);
        boolean connectedElsewhere = tablets.findBySession(session.id()).stream()
                .anyMatch(other -> !other.id().equals(tablet.id()) && person.id().equals(other.participantId())
                        && other.lastSeenAt().isAfter(connectedSince));
        if (connectedElsewhere) {
            tablets.save(tablet.claiming(person.id()));
        } else {
            tablets.save(tablet.boundTo(person.id(), clock.instant()));
            sessions.saveAttendance(new Attendance(session.id(), person.id(), AttendanceStatus.PRESENT, ""));
        }
        events.recordChange(session.id());
        return token;
    }

    /** Someone not on the roster typed their first name; the facilitator confirms it on the console. */
    @Transactional
    public TabletToken arriveAsNewcomer(JoinCode code, String firstName, Optional<TabletToken> current) {
        Session session = liveSession(code);
        PersonName name = new PersonName(firstName);
        Optional<Tablet> mine = current.flatMap(t -> tabletIn(session, t));
        requireMayTakeAName(session, mine);
        TabletToken token = mine.isPresent() ? current.orElseThrow() : TabletToken.random();
        Tablet tablet = mine.orElseGet(() -> Tablet.arrived(session.id(), token, clock.instant()));
        tablets.save(tablet.asNewcomer(name));
        events.recordChange(session.id());
        return token;
    }

    private void requireMayTakeAName(Session session, Optional<Tablet> mine) {
        if (mine.filter(Tablet::blocked).isPresent()) {
            throw new InvalidValueException("name", "validation.tablet-blocked");
        }
        if (!session.live().joinOpen(clock.instant())) {
            throw new InvalidValueException("name", "validation.join-closed");
        }
    }

    /**
     * Whether this tablet may show its person's private history (an earlier small step, their
     * own numbers): only once the facilitator has seen the binding, or let its grace pass.
     */
    @Transactional(readOnly = true)
    public boolean showsHistory(TabletToken token) {
        return tablets.findByTokenHash(token.hash()).map(Tablet::showsHistory).orElse(false);
    }

    /** Who this tablet is; empty when the token is unknown or the tablet was released. */
    @Transactional(readOnly = true)
    public Optional<TabletState> find(TabletToken token) {
        return tablets.findByTokenHash(token.hash()).flatMap(tablet -> sessions.findById(tablet.sessionId())
                .map(session -> new TabletState(tablet.id(), session.id(),
                        session.live() == null ? null : session.live().joinCode(), tablet.participantId(),
                        tablet.participantId() != null
                                ? participants.findById(tablet.participantId())
                                        .map(p -> p.displayName().value()).orElse("")
                                : tablet.newcomerName() == null ? "" : tablet.newcomerName().value(),
                        session.status() == SessionStatus.ENDED, tablet.blocked())));
    }

    /** The session as this tablet may see it; empty when the token no longer belongs to a tablet. */
    @Transactional(readOnly = true)
    public Optional<LiveSnapshot> snapshot(TabletToken token) {
        return tablets.findByTokenHash(token.hash()).flatMap(tablet -> reader.load(tablet.sessionId()));
    }

    @Override
    public TabletSubmission.Kind kind() {
        return TabletSubmission.Kind.ANSWER;
    }

    /** An answer from the tablet's outbox or a tap: {@link #answer}. */
    @Override
    @Transactional
    public Delivered store(TabletToken token, TabletSubmission submission) {
        answer(token, submission.step(), submission.question(), submission.text(), submission.key());
        return Delivered.kept();
    }

    /**
     * An answer to a question of a step of the tablet's live session — the current one, or
     * one the session has moved on from while the answer was on its way: it was written in
     * good faith while the step was the tablet's. Sending the same submission key again (a
     * resend after a reconnect) stores nothing new. In an anonymous round the answer is
     * stored without the person and without a time, and shown with others in a batch.
     *
     * @throws InvalidValueException when the text is empty or too long, or the session is over
     */
    @Transactional
    public void answer(TabletToken token, StepId stepId, int question, String text, UUID submissionKey) {
        TabletAtStep at = atStepOfLiveSession(token, stepId);
        if (!(at.step().activity() instanceof AnswerableQuestions round) || question < 0
                || question >= round.questions().size()) {
            throw new InvalidValueException("answer", "validation.step-moved-on");
        }
        Answer answer = round.anonymous()
                ? Answer.anonymous(at.session().id(), stepId, question, text, submissionKey)
                : Answer.named(at.session().id(), stepId, question, at.participant(), text, submissionKey,
                        clock.instant());
        if (distress.suggestsDistress(answer.text())) {
            answer = answer.heldForDistress();
        }
        if (answers.saveOnce(answer)) {
            if (answer.awaitsShowing()) {
                showIfABatchIsFull(answers, at.session().id(), stepId);
            }
            events.recordChange(at.session().id());
        }
    }

    /** Shows a step's waiting anonymous answers once {@link AnswerBatch#SAFE_MINIMUM} can go together. */
    static void showIfABatchIsFull(AnswerRepository answers, SessionId session, StepId step) {
        List<Answer> ofStep = answers.findBySession(session).stream().filter(a -> a.stepId().equals(step)).toList();
        if (AnswerBatch.isFull(ofStep)) {
            answers.showWaiting(step);
        }
    }

    /**
     * The rule for everything a tablet contributes: the token belongs to a tablet with a
     * chosen person, its session is live, and the step is the current one.
     *
     * @throws InvalidValueException when the tablet was released, the session ended or the step moved on
     */
    @Transactional(readOnly = true)
    public TabletAtStep atCurrentStep(TabletToken token, StepId stepId) {
        Tablet tablet = tablets.findByTokenHash(token.hash())
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Session session = sessions.findById(tablet.sessionId()).filter(Session::isLive)
                .orElseThrow(() -> new InvalidValueException("session", "validation.session-not-live"));
        ParticipantId author = tablet.participant()
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Step step = session.currentStep().filter(s -> s.id().equals(stepId))
                .orElseThrow(() -> new InvalidValueException("answer", "validation.step-moved-on"));
        return new TabletAtStep(tablet, session, step, author);
    }

    /**
     * The rule for what a tablet sends from its outbox: the token belongs to a tablet with a
     * chosen person, its session is live — or ended less than {@link #LATE_AFTER_THE_END} ago:
     * the last answers of a session are often on their way when the facilitator ends it — and
     * the step is one of that session's: the current one or one it has been at before, never
     * one it has not reached.
     *
     * @throws InvalidValueException when the tablet was released, the session is over or the step is unknown
     */
    @Transactional(readOnly = true)
    public TabletAtStep atStepOfLiveSession(TabletToken token, StepId stepId) {
        Tablet tablet = tablets.findByTokenHash(token.hash())
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Instant endedSince = clock.instant().minus(LATE_AFTER_THE_END);
        Session session = sessions.findById(tablet.sessionId())
                .filter(s -> s.isLive() || (s.live() != null && s.live().endedAt() != null
                        && s.live().endedAt().isAfter(endedSince)))
                .orElseThrow(() -> new InvalidValueException("session", "validation.session-over"));
        ParticipantId author = tablet.participant()
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Step step = session.step(stepId).filter(s -> session.indexOf(s.id()) <= session.live().furthestStep())
                .orElseThrow(() -> new InvalidValueException("answer", "validation.step-moved-on"));
        return new TabletAtStep(tablet, session, step, author);
    }

    /** {@link #atStepOfLiveSession(TabletToken, StepId)} for a step of one activity type. */
    @Transactional(readOnly = true)
    public TabletAtStep atStepOfLiveSession(TabletToken token, StepId stepId, Class<? extends Activity> type,
                                            String field) {
        return ofType(atStepOfLiveSession(token, stepId), type, field);
    }

    /**
     * {@link #atCurrentStep(TabletToken, StepId)} for an activity of one type: a tablet still
     * showing another step hears that the session moved on (on {@code field}, for its form).
     */
    @Transactional(readOnly = true)
    public TabletAtStep atCurrentStep(TabletToken token, StepId stepId, Class<? extends Activity> type,
                                      String field) {
        return ofType(atCurrentStep(token, stepId), type, field);
    }

    private static TabletAtStep ofType(TabletAtStep at, Class<? extends Activity> type, String field) {
        if (!type.isInstance(at.step().activity())) {
            throw new InvalidValueException(field, "validation.step-moved-on");
        }
        return at;
    }

    /** The tablet's page opened (or came back): it counts as connected from now. */
    @Transactional
    public void opened(TabletToken token) {
        tablets.findByTokenHash(token.hash()).ifPresent(tablet -> {
            tablets.markSeen(List.of(tablet.id()), clock.instant());
            events.recordChange(tablet.sessionId());
        });
    }

    /** The tablet's page closed (navigated away, or Vaadin gave up on it): not connected any more. */
    @Transactional
    public void closed(TabletId tabletId) {
        tablets.findById(tabletId).ifPresent(tablet -> {
            tablets.markSeen(List.of(tablet.id()), Instant.EPOCH);
            events.recordChange(tablet.sessionId());
        });
    }

    private Session liveSession(JoinCode code) {
        return sessions.findLiveByJoinCode(code)
                .orElseThrow(() -> new InvalidValueException("code", "validation.join-code-expired"));
    }

    private Optional<Tablet> tabletIn(Session session, TabletToken token) {
        return tablets.findByTokenHash(token.hash()).filter(t -> t.sessionId().equals(session.id()));
    }

    private JoinableSession joinable(Session session) {
        return new JoinableSession(session.live().joinCode(), session.title(),
                LiveSnapshot.RosterName.activeOf(participants.findByGroup(session.groupId())),
                session.live().joinOpen(clock.instant()));
    }
}
