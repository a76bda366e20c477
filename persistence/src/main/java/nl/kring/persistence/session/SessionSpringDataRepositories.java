package nl.kring.persistence.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.session.SessionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SessionEntityRepository extends JpaRepository<SessionEntity, UUID> {
    List<SessionEntity> findByGroupIdOrderByScheduledAtDesc(UUID groupId);

    Optional<SessionEntity> findByJoinCodeAndStatus(String joinCode, SessionStatus status);

    Optional<SessionEntity> findByScreenToken(String screenToken);

    List<SessionEntity> findByStatus(SessionStatus status);

    /** Live sessions whose last change (or start) is older than the given moment. */
    @Query(nativeQuery = true, value = "select id from kring_session where status = 'LIVE' "
            + "and coalesce(last_activity_at, started_at) < :before")
    List<UUID> findLiveIdleSince(Instant before);
}

interface TabletEntityRepository extends JpaRepository<TabletEntity, UUID> {
    Optional<TabletEntity> findByTokenHash(String tokenHash);

    List<TabletEntity> findBySessionIdOrderByJoinedAt(UUID sessionId);

    @Modifying
    @Query("update TabletEntity t set t.lastSeenAt = :when where t.id in :ids")
    int markSeen(Collection<UUID> ids, Instant when);

    @Query(nativeQuery = true, value = """
            update tablet t set confirmed_at = :now
            from kring_session s
            where s.id = t.session_id and s.status = 'LIVE' and t.participant_id is not null
              and t.confirmed_at is null and t.bound_at < :boundBefore
            returning t.session_id""")
    List<UUID> confirmBoundBefore(Instant boundBefore, Instant now);
}

interface AnswerEntityRepository extends JpaRepository<AnswerEntity, UUID> {
    List<AnswerEntity> findBySessionId(UUID sessionId);

    /** Insert unless the submission key was seen before in this session; returns rows inserted (0 or 1). */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into answer (id, session_id, step_id, question, participant_id, text, submission_key, answered_at,
                                distress, awaits_showing)
            values (:id, :sessionId, :stepId, :question, :participantId, :text, :submissionKey, :answeredAt,
                    :distress, :awaitsShowing)
            on conflict (session_id, submission_key) do nothing""")
    int insertOnce(UUID id, UUID sessionId, UUID stepId, int question, UUID participantId, String text,
                   UUID submissionKey, Instant answeredAt, String distress, boolean awaitsShowing);

    @Modifying
    @Query(nativeQuery = true, value = """
            update answer set awaits_showing = false
            where step_id = :step and awaits_showing and distress in ('NONE', 'SHOWN')""")
    int showWaiting(UUID step);
}

interface CardImageEntityRepository extends JpaRepository<CardImageEntity, UUID> {
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
