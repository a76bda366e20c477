package nl.kring.persistence.smallstep;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepId;
import nl.kring.domain.smallstep.SmallStepRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Small steps in plain SQL; "each person's latest earlier step" is one DISTINCT ON query. */
@Repository
@Transactional
class JdbcSmallStepRepository implements SmallStepRepository {

    private static final String COLUMNS = "t.id, t.session_id, t.step_id, t.participant_id, t.text, t.outcome, "
            + "t.revisited_in, t.distress";

    private final JdbcTemplate jdbc;

    JdbcSmallStepRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(SmallStep s) {
        // a rewritten step is checked again: its alert follows the newest text
        jdbc.update("insert into small_step (id, session_id, step_id, participant_id, text, distress) "
                        + "values (?,?,?,?,?,?) on conflict (step_id, participant_id) "
                        + "do update set text = excluded.text, distress = excluded.distress",
                s.id().value(), s.sessionId().value(), s.stepId().value(), s.participant().value(), s.text(),
                s.distress().name());
    }

    @Override
    public void recordOutcome(SmallStep s) {
        jdbc.update("update small_step set outcome = ?, revisited_in = ? where id = ?", s.outcome().name(),
                s.revisitedIn().value(), s.id().value());
    }

    @Override
    public void updateDistress(SmallStep s) {
        jdbc.update("update small_step set distress = ? where id = ?", s.distress().name(), s.id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SmallStep> findById(SmallStepId id) {
        return jdbc.query("select " + COLUMNS + " from small_step t where t.id = ?", this::map, id.value())
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SmallStep> findWrittenIn(SessionId session) {
        return jdbc.query("select " + COLUMNS + " from small_step t where t.session_id = ?", this::map,
                session.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SmallStep> findToLookBackOn(GroupId group, SessionId current) {
        // "earlier" means held before: a session of the group that has ended (whatever its planned date)
        return jdbc.query("select * from (select distinct on (t.participant_id) " + COLUMNS
                        + " from small_step t join kring_session s on s.id = t.session_id "
                        + "where s.group_id = ? and t.session_id <> ? and s.status = 'ENDED' "
                        + "order by t.participant_id, s.ended_at desc nulls last) t "
                        + "where t.outcome is null or t.revisited_in = ?",
                this::map, group.value(), current.value(), current.value());
    }

    private SmallStep map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        UUID revisited = rs.getObject("revisited_in", UUID.class);
        return new SmallStep(new SmallStepId(rs.getObject("id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)), new StepId(rs.getObject("step_id", UUID.class)),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getString("text"),
                outcome == null ? null : Outcome.valueOf(outcome), revisited == null ? null : new SessionId(revisited),
                Distress.valueOf(rs.getString("distress")));
    }
}
