package nl.kring.persistence.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.GroupAttendanceSummary;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
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
    public Session save(Session session) {
        SessionEntity entity = sessions.findById(session.id().value()).orElseGet(SessionEntity::new);
        Versions.requireUnchanged("session", entity.version, session.version());
        entity.id = session.id().value();
        entity.groupId = session.groupId().value();
        entity.title = session.title();
        entity.scheduledAt = session.scheduledAt();
        entity.status = session.status();
        return toDomain(sessions.saveAndFlush(entity));
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
        return new Session(new SessionId(entity.id), new GroupId(entity.groupId), entity.title, entity.scheduledAt,
                entity.status, Versions.of(entity.version));
    }
}
