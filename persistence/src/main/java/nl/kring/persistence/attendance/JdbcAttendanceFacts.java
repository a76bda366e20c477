package nl.kring.persistence.attendance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.attendance.AttendanceFacts;
import nl.kring.domain.attendance.Mark;
import nl.kring.domain.attendance.ParticipantHistory;
import nl.kring.domain.attendance.SessionTally;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.SessionId;
import nl.kring.persistence.support.UuidArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance read for reports in plain SQL: the numbers per session are counted in the
 * database (named and erased people together), so an organisation with thousands of
 * sessions sends one row per session, not one per person.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAttendanceFacts implements AttendanceFacts {

    /** The follow-up rules look at most this many of a group's latest sessions. */
    static final int RECENT_SESSIONS = ParticipantHistory.FALLING_MIN_SESSIONS;

    private final JdbcTemplate jdbc;

    JdbcAttendanceFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SessionTally> tallies(Collection<GroupId> groups, Instant from, Instant to) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select s.id, s.group_id, s.title, s.scheduled_at,
                           coalesce(a.present, 0) + coalesce(x.present, 0) as present,
                           coalesce(a.absent, 0) + coalesce(x.absent, 0) as absent,
                           coalesce(a.excused, 0) + coalesce(x.excused, 0) as excused
                    from kring_session s
                    left join lateral (
                        select count(*) filter (where status = 'PRESENT') as present,
                               count(*) filter (where status = 'ABSENT') as absent,
                               count(*) filter (where status = 'EXCUSED') as excused
                        from attendance where session_id = s.id) a on true
                    left join lateral (
                        select sum(count) filter (where status = 'PRESENT') as present,
                               sum(count) filter (where status = 'ABSENT') as absent,
                               sum(count) filter (where status = 'EXCUSED') as excused
                        from anonymous_attendance where session_id = s.id) x on true
                    where s.status = 'ENDED' and s.group_id = any(?) and s.scheduled_at >= ? and s.scheduled_at < ?
                    order by s.scheduled_at, s.id""");
            ps.setArray(1, UuidArrays.of(con, groups, GroupId::value));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            return ps;
        }, (rs, row) -> new SessionTally(new SessionId(rs.getObject(1, UUID.class)),
                new GroupId(rs.getObject(2, UUID.class)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getInt(5), rs.getInt(6), rs.getInt(7)));
    }

    @Override
    public List<Mark> marks(Collection<GroupId> groups, Instant from, Instant to) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(MARKS + """
                    where s.status = 'ENDED' and s.group_id = any(?) and s.scheduled_at >= ? and s.scheduled_at < ?
                    order by s.scheduled_at""");
            ps.setArray(1, UuidArrays.of(con, groups, GroupId::value));
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            return ps;
        }, JdbcAttendanceFacts::mark);
    }

    @Override
    public List<Mark> marksOfActiveParticipants(Collection<GroupId> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(MARKS + """
                    join participant p on p.id = a.participant_id and p.status = 'ACTIVE'
                    where s.id in (select id from (
                        select id, row_number() over (partition by group_id order by scheduled_at desc) as n
                        from kring_session where status = 'ENDED' and group_id = any(?)) latest where n <= ?)
                    order by s.scheduled_at""");
            ps.setArray(1, UuidArrays.of(con, groups, GroupId::value));
            ps.setInt(2, RECENT_SESSIONS);
            return ps;
        }, JdbcAttendanceFacts::mark);
    }

    @Override
    public List<Mark> marksOf(ParticipantId participant) {
        return jdbc.query(MARKS + " where s.status = 'ENDED' and a.participant_id = ? order by s.scheduled_at",
                JdbcAttendanceFacts::mark, participant.value());
    }

    private static final String MARKS = "select a.session_id, s.group_id, s.scheduled_at, a.participant_id, a.status "
            + "from attendance a join kring_session s on s.id = a.session_id ";

    private static Mark mark(ResultSet rs, int row) throws SQLException {
        return new Mark(new SessionId(rs.getObject(1, UUID.class)),
                new GroupId(rs.getObject(2, UUID.class)), rs.getTimestamp(3).toInstant(),
                new ParticipantId(rs.getObject(4, UUID.class)), AttendanceStatus.valueOf(rs.getString(5)));
    }
}
