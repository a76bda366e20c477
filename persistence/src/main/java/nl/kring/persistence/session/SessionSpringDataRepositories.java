package nl.kring.persistence.session;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionEntityRepository extends JpaRepository<SessionEntity, UUID> {
    List<SessionEntity> findByGroupIdOrderByScheduledAtDesc(UUID groupId);
}

interface AttendanceEntityRepository extends JpaRepository<AttendanceEntity, AttendanceEntity.Key> {
    List<AttendanceEntity> findByKeySessionId(UUID sessionId);

    /** Per group of the organisation: ended sessions, present records, all records. */
    @Query(nativeQuery = true, value = """
            select s.group_id as groupId,
                   count(distinct s.id) as sessionsHeld,
                   count(a.participant_id) filter (where a.status = 'PRESENT') as presentCount,
                   count(a.participant_id) as recordedCount
              from kring_session s
              join kring_group g on g.id = s.group_id
              left join attendance a on a.session_id = s.id
             where g.organisation_id = :organisationId and s.status = 'ENDED'
             group by s.group_id""")
    List<AttendanceSummaryRow> summariseByGroup(UUID organisationId);

    interface AttendanceSummaryRow {
        UUID getGroupId();

        long getSessionsHeld();

        long getPresentCount();

        long getRecordedCount();
    }
}
