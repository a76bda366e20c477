package nl.kring.persistence.thought;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.thought.Contribution;
import nl.kring.domain.thought.ContributionId;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.domain.thought.ThinkingPattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions in plain SQL: the table is small and flat, and "insert unless the
 * submission key is known" and "count a mark once" are single statements here.
 */
@Repository
@Transactional
class JdbcContributionRepository implements ContributionRepository {

    private static final String COLUMNS = "id, session_id, step_id, board, text, by_expert, pattern, hidden, "
            + "distress, reveal_batch, reveal_rank, recognitions, submission_key";

    private final JdbcTemplate jdbc;

    JdbcContributionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean saveOnce(Contribution c) {
        return jdbc.update("insert into contribution (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                        + "on conflict (session_id, submission_key) do nothing",
                c.id().value(), c.sessionId().value(), c.stepId().value(), c.board(), c.text(), c.byExpert(),
                c.pattern() == null ? null : c.pattern().name(), c.hidden(), c.distress().name(), c.revealBatch(),
                c.revealRank(), c.recognitions(), c.submissionKey()) == 1;
    }

    @Override
    public void update(Contribution c) {
        jdbc.update("update contribution set pattern = ?, hidden = ?, distress = ?, reveal_batch = ?, "
                        + "reveal_rank = ? where id = ?",
                c.pattern() == null ? null : c.pattern().name(), c.hidden(), c.distress().name(), c.revealBatch(),
                c.revealRank(), c.id().value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Contribution> findById(ContributionId id) {
        return jdbc.query("select " + COLUMNS + " from contribution where id = ?", this::map, id.value())
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> findBySession(SessionId session) {
        return jdbc.query("select " + COLUMNS + " from contribution where session_id = ?", this::map,
                session.value());
    }

    @Override
    public boolean recognise(ContributionId id, String marker) {
        int inserted = jdbc.update("insert into recognition (contribution_id, marker) values (?, ?) "
                + "on conflict do nothing", id.value(), marker);
        if (inserted == 1) {
            jdbc.update("update contribution set recognitions = recognitions + 1 where id = ?", id.value());
        }
        return inserted == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMarked(ContributionId id, String marker) {
        return !jdbc.queryForList("select 1 from recognition where contribution_id = ? and marker = ?",
                Integer.class, id.value(), marker).isEmpty();
    }

    @Override
    public void forgetMarks(SessionId session) {
        jdbc.update("delete from recognition r using contribution c where r.contribution_id = c.id "
                + "and c.session_id = ?", session.value());
    }

    private Contribution map(ResultSet rs, int row) throws SQLException {
        String pattern = rs.getString("pattern");
        return new Contribution(new ContributionId(rs.getObject("id", UUID.class)),
                new SessionId(rs.getObject("session_id", UUID.class)), new StepId(rs.getObject("step_id", UUID.class)),
                rs.getString("board"), rs.getString("text"), rs.getBoolean("by_expert"),
                pattern == null ? null : ThinkingPattern.valueOf(pattern), rs.getBoolean("hidden"),
                Distress.valueOf(rs.getString("distress")), rs.getInt("reveal_batch"), rs.getInt("reveal_rank"),
                rs.getInt("recognitions"), rs.getObject("submission_key", UUID.class));
    }
}
