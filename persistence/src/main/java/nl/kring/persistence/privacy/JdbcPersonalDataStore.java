package nl.kring.persistence.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.privacy.PersonalData;
import nl.kring.domain.privacy.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy duties in SQL: what Kring holds about one person, erasing it (attendance
 * becomes numbers per session in {@code anonymous_attendance}), and the retention periods.
 * Anonymous contributions are never touched by an erasure: nothing links them to anyone.
 */
@Repository
@Transactional
class JdbcPersonalDataStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    JdbcPersonalDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonalData> collect(ParticipantId participant) {
        UUID id = participant.value();
        return jdbc.query("select p.display_name, g.name, p.status, p.private_note, p.created_at, p.left_at "
                        + "from participant p join kring_group g on g.id = p.group_id where p.id = ?",
                (rs, row) -> new PersonalData(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), instant(rs, 6),
                        lines("select s.scheduled_at, s.title, a.status || case when a.reason = '' then '' "
                                + "else ' (' || a.reason || ')' end from attendance a join kring_session s "
                                + "on s.id = a.session_id where a.participant_id = ? order by s.scheduled_at", id),
                        lines("select s.scheduled_at, s.title, a.text from answer a join kring_session s "
                                + "on s.id = a.session_id where a.participant_id = ? order by s.scheduled_at, "
                                + "a.answered_at", id),
                        lines("select s.scheduled_at, s.title, c.kind || ': ' || c.text || case when c.artist = '' "
                                + "then '' else ' — ' || c.artist end from mood_card c join kring_session s "
                                + "on s.id = c.session_id where c.owner_participant = ? order by s.scheduled_at", id),
                        lines("select s.scheduled_at, s.title, t.text || coalesce(' (' || t.outcome || ')', '') "
                                + "from small_step t join kring_session s on s.id = t.session_id "
                                + "where t.participant_id = ? order by s.scheduled_at", id),
                        lines("select s.scheduled_at, s.title, q.question_text || ': ' || q.value "
                                + "from scale_answer q join kring_session s on s.id = q.session_id "
                                + "where q.participant_id = ? order by s.scheduled_at, q.question", id),
                        lines("select f.done_on::timestamptz, f.kind, f.note || ' (' || f.by_name || ')' "
                                + "from follow_up_action f where f.participant_id = ? order by f.done_on", id)),
                id).stream().findFirst();
    }

    private List<PersonalData.Line> lines(String sql, UUID id) {
        RowMapper<PersonalData.Line> line = (rs, row) -> new PersonalData.Line(instant(rs, 1), rs.getString(2),
                rs.getString(3));
        return jdbc.query(sql, line, id);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean inLiveSession(ParticipantId participant) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tablet t join kring_session s "
                + "on s.id = t.session_id where t.participant_id = ? and s.status = 'LIVE')", Boolean.class,
                participant.value()));
    }

    @Override
    public boolean erase(ParticipantId participant) {
        UUID id = participant.value();
        // lock the row: two erasures at once erase once
        List<UUID> found = jdbc.queryForList("select id from participant where id = ? for update", UUID.class, id);
        if (found.isEmpty()) {
            return false;
        }
        jdbc.update("insert into anonymous_attendance (session_id, status, count) "
                + "select session_id, status, 1 from attendance where participant_id = ? "
                + "on conflict (session_id, status) do update set count = anonymous_attendance.count + 1", id);
        jdbc.update("delete from attendance where participant_id = ?", id);
        jdbc.update("delete from answer where participant_id = ?", id);
        // the photos of their cards first, whether or not a tablet row still links them (issue 21);
        // deleting a photo deletes its card (on delete cascade)
        jdbc.update("delete from photo where id in (select photo_id from mood_card "
                + "where owner_participant = ? and photo_id is not null)", id);
        jdbc.update("delete from mood_card where owner_participant = ?", id);
        jdbc.update("delete from photo p where not exists (select 1 from mood_card c where c.photo_id = p.id) "
                + "and p.session_id in (select session_id from tablet where participant_id = ?)", id);
        // the tablets they used: gone after their session; during one, unlinked and without the name typed
        jdbc.update("delete from tablet t where t.participant_id = ? and exists (select 1 from kring_session s "
                + "where s.id = t.session_id and s.status = 'ENDED')", id);
        jdbc.update("update tablet set participant_id = null, newcomer_name = null where participant_id = ?", id);
        // small steps, scale answers and follow-up notes go with the roster entry (on delete cascade)
        jdbc.update("delete from participant where id = ?", id);
        return true;
    }

    @Override
    public boolean eraseStaff(StaffId staff, String formerName) {
        UUID id = staff.value();
        if (jdbc.queryForList("select id from staff_account where id = ? for update", UUID.class, id).isEmpty()) {
            return false;
        }
        jdbc.update("delete from group_staff where staff_id = ?", id);
        jdbc.update("update follow_up_action set by_staff = null, by_name = ? where by_staff = ?", formerName, id);
        jdbc.update("update mood_card set owner_name = ? where owner_staff = ?", formerName, id);
        // attitude reminders go with the account (on delete cascade)
        jdbc.update("delete from staff_account where id = ?", id);
        return true;
    }

    @Override
    public int removeUnusedCardImages(Instant before) {
        // a step or programme names its picture by id inside its settings (JSON)
        return jdbc.update("delete from card_image c where c.created_at < ?"
                + " and not exists (select 1 from session_step s where position(c.id::text in s.settings) > 0)"
                + " and not exists (select 1 from saved_programme p where position(c.id::text in p.steps) > 0)",
                Timestamp.from(before));
    }

    /** The advisory lock's key: a fixed number no other job uses ("KRING" in ASCII). */
    private static final long RETENTION_LOCK = 0x4B52494E47L;

    @Override
    public boolean lockForRetention() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                RETENTION_LOCK));
    }

    @Override
    public RetentionResult removeExpired(OrganisationId organisation, Instant contentBefore, Instant leftBefore) {
        List<UUID> sessions = jdbc.queryForList("select s.id from kring_session s join kring_group g "
                + "on g.id = s.group_id where g.organisation_id = ? and s.status = 'ENDED' "
                + "and s.contents_removed_at is null and coalesce(s.ended_at, s.scheduled_at) < ?", UUID.class,
                organisation.value(), Timestamp.from(contentBefore));
        for (UUID session : sessions) {
            // tablet rows hold who joined when, and names typed by newcomers who were never confirmed
            for (String table : List.of("answer", "contribution", "mood_card", "photo", "scale_answer",
                    "step_state", "tablet")) {
                jdbc.update("delete from " + table + " where session_id = ?", session);
            }
            // a small step written in the session goes; its answer "is het gelukt?" was its only other use
            jdbc.update("delete from small_step where session_id = ?", session);
            jdbc.update("update kring_session set notes = '', contents_removed_at = now() where id = ?", session);
        }
        List<UUID> left = jdbc.queryForList("select p.id from participant p join kring_group g on g.id = p.group_id "
                + "where g.organisation_id = ? and p.status = 'LEFT' and p.left_at < ?", UUID.class,
                organisation.value(), Timestamp.from(leftBefore));
        left.forEach(id -> erase(new ParticipantId(id)));
        return new RetentionResult(sessions.size(), left.size());
    }
}
