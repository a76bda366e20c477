package nl.kring.persistence.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.GroupAttendanceSummary;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.LiveState;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.persistence.support.Versions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaSessionRepository implements SessionRepository {

    private final SessionEntityRepository sessions;
    private final AttendanceEntityRepository attendance;

    JpaSessionRepository(SessionEntityRepository sessions, AttendanceEntityRepository attendance) {
        this.sessions = sessions;
        this.attendance = attendance;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Session> findById(SessionId id) {
        return sessions.findById(id.value()).map(JpaSessionRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Session> findByGroup(GroupId groupId) {
        return sessions.findByGroupIdOrderByScheduledAtDesc(groupId.value()).stream()
                .map(JpaSessionRepository::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Session> findLiveByJoinCode(JoinCode code) {
        return sessions.findByJoinCodeAndStatus(code.value(), SessionStatus.LIVE).map(JpaSessionRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Session> findByScreenToken(String screenToken) {
        return sessions.findByScreenToken(screenToken).map(JpaSessionRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionId> findLiveIdleSince(Instant lastActivityBefore) {
        return sessions.findLiveIdleSince(lastActivityBefore).stream().map(SessionId::new).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Session> findLive() {
        return sessions.findByStatus(SessionStatus.LIVE).stream().map(JpaSessionRepository::toDomain).toList();
    }

    @Override
    public Session save(Session session) {
        SessionEntity entity = sessions.findById(session.id().value()).orElseGet(SessionEntity::new);
        Versions.requireUnchanged("session", entity.version, session.version());
        entity.id = session.id().value();
        entity.groupId = session.groupId().value();
        entity.title = session.title();
        entity.scheduledAt = session.scheduledAt();
        entity.status = session.status();
        entity.notes = session.notes();
        LiveState live = session.live();
        entity.joinCode = live == null ? null : live.joinCode().value();
        entity.screenToken = live == null ? null : live.screenToken();
        entity.currentStep = live == null ? 0 : live.currentStep();
        entity.timerEndsAt = live == null ? null : live.timerEndsAt();
        entity.joinCodeShown = live == null || live.joinCodeShown();
        entity.startedAt = live == null ? null : live.startedAt();
        entity.endedAt = live == null ? null : live.endedAt();
        entity.endedByItself = live != null && live.endedByItself();
        entity.furthestStep = live == null ? 0 : live.furthestStep();
        entity.joinClosesAt = live == null ? null : live.joinClosesAt();
        entity.joinClosed = live != null && live.joinClosed();
        copySteps(session.steps(), entity);
        return toDomain(sessions.saveAndFlush(entity));
    }

    /** Updates steps in place where they already exist, so that unchanged rows stay unchanged. */
    private static void copySteps(List<Step> steps, SessionEntity entity) {
        Map<UUID, StepEntity> existing = entity.steps.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<StepEntity> updated = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            StepEntity row = existing.getOrDefault(step.id().value(), new StepEntity());
            row.id = step.id().value();
            row.position = i;
            row.activityType = step.activity().type().name();
            row.settings = ActivityJson.write(step.activity());
            row.timerSeconds = step.timer() == null ? null : (int) step.timer().toSeconds();
            updated.add(row);
        }
        entity.steps.clear();
        entity.steps.addAll(updated);
    }

    @Override
    public void saveAttendance(Attendance record) {
        var key = new AttendanceEntity.Key(record.sessionId().value(), record.participantId().value());
        AttendanceEntity entity = attendance.findById(key).orElseGet(AttendanceEntity::new);
        entity.key = key;
        entity.status = record.status();
        entity.reason = record.reason();
        entity.recordedAt = Instant.now();
        attendance.save(entity);
    }

    @Override
    public void deleteAttendance(SessionId session, ParticipantId participant) {
        attendance.deleteById(new AttendanceEntity.Key(session.value(), participant.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attendance> findAttendance(SessionId sessionId) {
        return attendance.findByKeySessionId(sessionId.value()).stream()
                .map(a -> new Attendance(new SessionId(a.key.sessionId()), new ParticipantId(a.key.participantId()),
                        a.status, a.reason))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupAttendanceSummary> summariseAttendance(OrganisationId organisationId) {
        return attendance.summariseByGroup(organisationId.value()).stream()
                .map(row -> new GroupAttendanceSummary(new GroupId(row.getGroupId()), (int) row.getSessionsHeld(),
                        (int) row.getPresentCount(), (int) row.getRecordedCount()))
                .toList();
    }

    private static Session toDomain(SessionEntity entity) {
        List<Step> steps = entity.steps.stream()
                .map(s -> new Step(new StepId(s.id), ActivityJson.read(s.activityType, s.settings),
                        s.timerSeconds == null ? null : Duration.ofSeconds(s.timerSeconds)))
                .toList();
        LiveState live = entity.joinCode == null ? null
                : new LiveState(new JoinCode(entity.joinCode), entity.screenToken, entity.currentStep,
                        entity.timerEndsAt, entity.joinCodeShown, entity.startedAt, entity.endedAt,
                        entity.endedByItself, entity.furthestStep, entity.joinClosesAt, entity.joinClosed);
        return new Session(new SessionId(entity.id), new GroupId(entity.groupId), entity.title, entity.scheduledAt,
                entity.status, steps, live, entity.notes, Versions.of(entity.version));
    }
}
