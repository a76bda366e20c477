package nl.kring.persistence.attendance;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.attendance.FollowUpActionRepository;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.persistence.support.UuidArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcFollowUpActionRepository implements FollowUpActionRepository {

    private final JdbcTemplate jdbc;

    JdbcFollowUpActionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(FollowUpAction a) {
        jdbc.update("insert into follow_up_action (id, participant_id, kind, note, done_on, by_staff, by_name) "
                        + "values (?,?,?,?,?,?,?)", a.id(), a.participant().value(), a.kind().name(), a.note(),
                Date.valueOf(a.doneOn()), a.by().value(), a.byName());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpAction> findFor(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select id, participant_id, kind, note, done_on, by_staff, "
                    + "by_name from follow_up_action where participant_id = any(?) order by done_on desc, "
                    + "recorded_at desc");
            ps.setArray(1, UuidArrays.of(con, participants, ParticipantId::value));
            return ps;
        }, (rs, row) -> new FollowUpAction(rs.getObject(1, UUID.class), new ParticipantId(rs.getObject(2, UUID.class)),
                FollowUpAction.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getDate(5).toLocalDate(),
                rs.getObject(6) == null ? null : new StaffId(rs.getObject(6, UUID.class)), rs.getString(7)));
    }
}
