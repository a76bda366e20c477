package nl.kring.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.session.AnswerRepository;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leading a live session from the console: start, move between steps, the countdown, the
 * join code on the shared screen, newcomers and tablets, attendance, notes, the end.
 * The group's facilitators and experience experts lead; attendance corrections and
 * private notes are for facilitators only. Every change is stored, then announced
 * ({@link SessionEvents}), so every screen on every node follows.
 */
@Service
public class LiveSessionService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_ATTEMPTS = 20;

    private final SessionRepository sessions;
    private final TabletRepository tablets;
    private final AnswerRepository answers;
    /** How long new tablets can join after the start; {@code null}: until the facilitator closes the door. */
    private final Duration joinOpenFor;
    private final ParticipantRepository participants;
    private final SessionEvents events;
    private final LiveSessionReader reader;
    private final SessionAccess access;
    private final List<SessionEndHandler> endHandlers;
    private final Clock clock;
    private final AuditLog audit;

    LiveSessionService(SessionRepository sessions, TabletRepository tablets, ParticipantRepository participants,
                       SessionEvents events, LiveSessionReader reader, SessionAccess access,
                       List<SessionEndHandler> endHandlers, AnswerRepository answers,
                       @Value("${kring.session.join-open:15m}") Duration joinOpenFor, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.answers = answers;
        this.joinOpenFor = joinOpenFor.isZero() ? null : joinOpenFor;
        this.endHandlers = endHandlers;
        this.sessions = sessions;
        this.tablets = tablets;
        this.participants = participants;
        this.events = events;
        this.reader = reader;
        this.access = access;
        this.clock = clock;
    }

    /** The session as the console shows it. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public LiveSnapshot snapshot(SessionId id) {
        SessionPermissions may = access.permissions(id);
        return reader.load(id).orElseThrow(SessionAccess::refused).seenBy(may);
    }

    /** Starts the session: it gets a join code (unique among live sessions) and a shared-screen address. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public Session start(SessionId id) {
        Session session = access.requireLeader(id);
        Session started = sessions.save(session.start(freeJoinCode(), screenToken(), clock.instant(), joinOpenFor));
        events.recordChange(id);
        return started;
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void goToStep(SessionId id, int index) {
        change(access.requireLeader(id).goToStep(index));
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void startTimer(SessionId id, Duration length) {
        change(access.requireLeader(id).startTimer(length, clock.instant()));
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void stopTimer(SessionId id) {
        change(access.requireLeader(id).stopTimer());
    }

    /** Shows or hides the join code and QR on the shared screen (the console always shows them). */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void showJoinCode(SessionId id, boolean shown) {
        change(access.requireLeader(id).showJoinCode(shown));
    }

    /** Ends the session: tablets show a closing screen, the join code stops working, the results stay. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void end(SessionId id) {
        change(access.requireLeader(id).end(clock.instant()));
        endHandlers.forEach(handler -> handler.sessionEnded(id));
    }

    /**
     * Shows the anonymous answers of a step that wait for a batch, fewer than three of them:
     * the leader's choice, after being told that the group may then guess whose they are.
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void showWaitingAnswers(SessionId id, StepId step) {
        Session session = requireLiveLeader(id);
        session.step(step).orElseThrow(SessionAccess::refused);
        answers.showWaiting(step);
        events.recordChange(id);
    }

    /**
     * Kring's own end of a session nobody ended ({@link IdleSessions}): only when it is still
     * live and still idle since {@code idleSince} (a facilitator may have acted meanwhile, or
     * another node ended it). No person calls this, so it is not public.
     *
     * @return whether this call ended it
     */
    @Transactional
    boolean endBecauseIdle(SessionId id, Instant idleSince) {
        if (!sessions.findLiveIdleSince(idleSince).contains(id)) {
            return false;
        }
        events.recordChange(id); // locks the row: a concurrent end waits, and is then refused below
        Session session = sessions.findById(id).filter(Session::isLive).orElse(null);
        if (session == null) {
            return false;
        }
        sessions.save(session.endBecauseIdle(clock.instant()));
        endHandlers.forEach(handler -> handler.sessionEnded(id));
        return true;
    }

    /**
     * Confirms a newcomer's name: they are added to the group's roster and counted present.
     * A name that someone on the roster already has is never merged silently: the leader
     * chooses ({@link #confirmNewcomerAs}, {@link #confirmNewcomerNamed}).
     *
     * @throws InvalidValueException when someone on the roster has that name
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void confirmNewcomer(SessionId id, TabletId tabletId) {
        Session session = requireLiveLeader(id);
        Tablet tablet = tabletOf(session, tabletId);
        if (!tablet.waitsForConfirmation()) {
            return;
        }
        if (namesakeOf(session, tablet.newcomerName()).isPresent()) {
            throw new InvalidValueException("name", "validation.newcomer-namesake", tablet.newcomerName().value());
        }
        bindConfirmed(session, tablet, participants.save(Participant.join(session.groupId(), tablet.newcomerName())));
    }

    /** "De Riet van de lijst": the newcomer is that person of the roster (the leader knows them). */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void confirmNewcomerAs(SessionId id, TabletId tabletId, ParticipantId existing) {
        Session session = requireLiveLeader(id);
        Tablet tablet = tabletOf(session, tabletId);
        Participant person = participants.findById(existing)
                .filter(p -> p.groupId().equals(session.groupId()) && p.isActive())
                .orElseThrow(() -> new InvalidValueException("name", "validation.name-not-on-roster"));
        if (tablet.waitsForConfirmation()) {
            bindConfirmed(session, tablet, person);
        }
    }

    /**
     * "Een nieuwe Riet": the newcomer joins the roster under a name the leader gives, different
     * from everyone's on it (the name buttons must tell people apart), e.g. "Riet B.".
     *
     * @throws InvalidValueException when the name is empty, too long or already on the roster
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void confirmNewcomerNamed(SessionId id, TabletId tabletId, String rosterName) {
        Session session = requireLiveLeader(id);
        Tablet tablet = tabletOf(session, tabletId);
        PersonName name = new PersonName(rosterName);
        if (namesakeOf(session, name).isPresent()) {
            throw new InvalidValueException("name", "validation.name-on-roster", name.value());
        }
        if (tablet.waitsForConfirmation()) {
            bindConfirmed(session, tablet, participants.save(Participant.join(session.groupId(), name)));
        }
    }

    /** Someone on the group's roster with this name (case does not count). */
    private Optional<Participant> namesakeOf(Session session, PersonName name) {
        return participants.findByGroup(session.groupId()).stream()
                .filter(Participant::isActive)
                .filter(p -> p.displayName().sameAs(name))
                .findFirst();
    }

    /** The leader said who the tablet is: bound, seen, present. */
    private void bindConfirmed(Session session, Tablet tablet, Participant person) {
        tablets.save(tablet.boundTo(person.id(), clock.instant()).confirmed(clock.instant()));
        sessions.saveAttendance(new Attendance(session.id(), person.id(), AttendanceStatus.PRESENT, ""));
        events.recordChange(session.id());
    }

    /** "Toestaan": a tablet that asked to be someone whose tablet is connected is that person too. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void allowClaim(SessionId id, TabletId tabletId) {
        Session session = requireLiveLeader(id);
        Tablet tablet = tabletOf(session, tabletId);
        if (tablet.claims()) {
            Participant person = participants.findById(tablet.claimedId()).orElseThrow(SessionAccess::refused);
            bindConfirmed(session, tablet, person);
        }
    }

    /** "Klopt": the leader saw who this tablet is; the person's own history may show on it. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void confirmBinding(SessionId id, TabletId tabletId) {
        Session session = requireLiveLeader(id);
        tablets.save(tabletOf(session, tabletId).confirmed(clock.instant()));
        events.recordChange(id);
    }

    /**
     * "Klopt niet": this tablet is not who it chose. It loses the name and may not take one
     * again in this session; the person is no longer counted present because of it.
     */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void rejectBinding(SessionId id, TabletId tabletId) {
        Session session = requireLiveLeader(id);
        Tablet tablet = tabletOf(session, tabletId);
        ParticipantId wrong = tablet.participantId();
        tablets.save(tablet.blockedNow());
        boolean stillHere = wrong != null && tablets.findBySession(id).stream()
                .anyMatch(other -> !other.id().equals(tablet.id()) && wrong.equals(other.participantId()));
        if (wrong != null && !stillHere) {
            sessions.deleteAttendance(id, wrong);
        }
        events.recordChange(id);
    }

    /** Closes the door: no new tablets with the code. Tablets that belong can always come back. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void closeJoining(SessionId id) {
        change(requireLiveLeader(id).closeJoining());
    }

    /** Opens the door again for the usual time after which it closes by itself. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void openJoining(SessionId id) {
        change(requireLiveLeader(id).openJoining(clock.instant(), joinOpenFor));
    }

    /** Turns a newcomer away (a typing error, a joke): the tablet goes back to the name choice. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void rejectNewcomer(SessionId id, TabletId tabletId) {
        release(id, tabletId);
    }

    /** Frees a tablet for the next person (shared tablets in a community centre); attendance stays. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional
    public void release(SessionId id, TabletId tabletId) {
        Session session = requireLiveLeader(id);
        tablets.delete(tabletOf(session, tabletId).id());
        events.recordChange(id);
    }

    /** Corrects attendance (present, absent, excused, with an optional reason); also after the session. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public void setAttendance(SessionId id, ParticipantId participantId, AttendanceStatus status, String reason) {
        Session session = access.requireFacilitator(id);
        Participant participant = participants.findById(participantId)
                .filter(p -> p.groupId().equals(session.groupId()))
                .orElseThrow(SessionAccess::refused);
        sessions.saveAttendance(new Attendance(id, participant.id(), status, reason));
        // who corrected whose mark, never the reason (it is often about health)
        audit.record(AuditAction.CORRECTED_ATTENDANCE, "deelnemer " + participant.id().value().toString().substring(0, 8)
                + " · bijeenkomst " + session.title() + " · " + status.name());
        if (session.isLive()) {
            events.recordChange(id);
        }
    }

    /** The facilitators' private notes on the session; experience experts neither see nor write them. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public String notes(SessionId id) {
        return access.requireFacilitator(id).notes();
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public void saveNotes(SessionId id, String notes) {
        Session session = access.requireFacilitator(id);
        sessions.save(session.withNotes(notes));
    }

    private void change(Session changed) {
        sessions.save(changed);
        events.recordChange(changed.id());
    }

    private Session requireLiveLeader(SessionId id) {
        Session session = access.requireLeader(id);
        if (!session.isLive()) {
            throw new InvalidValueException("session", "validation.session-not-live");
        }
        return session;
    }

    private Tablet tabletOf(Session session, TabletId tabletId) {
        return tablets.findById(tabletId).filter(t -> t.sessionId().equals(session.id()))
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
    }

    private JoinCode freeJoinCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            JoinCode code = JoinCode.random(RANDOM);
            if (sessions.findLiveByJoinCode(code).isEmpty()) {
                return code;
            }
        }
        // 31^6 ≈ 887 million codes: twenty collisions in a row means something else is wrong
        throw new IllegalStateException("no free join code found");
    }

    private static String screenToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
