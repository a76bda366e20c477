package nl.kring.persistence.scale;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.scale.ScaleAnswer;
import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.scale.ScalePoint;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Scale answers in plain SQL: "replace my number" is one upsert. */
@Repository
@Transactional
class JdbcScaleAnswerRepository implements ScaleAnswerRepository {

    private final JdbcTemplate jdbc;

    JdbcScaleAnswerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ScaleAnswer a) {
        jdbc.update("insert into scale_answer (session_id, step_id, question, question_text, participant_id, value) "
                        + "values (?,?,?,?,?,?) on conflict (step_id, question, participant_id) "
                        + "do update set value = excluded.value, question_text = excluded.question_text",
                a.sessionId().value(), a.stepId().value(), a.question(), a.questionText(), a.participant().value(),
                a.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScaleAnswer> findBySession(SessionId session) {
        return jdbc.query("select session_id, step_id, question, question_text, participant_id, value "
                + "from scale_answer where session_id = ?", this::map, session.value());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScalePoint> historyOf(ParticipantId participant, GroupId group) {
        return jdbc.query("select a.session_id, s.scheduled_at, a.question_text, a.value from scale_answer a "
                        + "join kring_session s on s.id = a.session_id "
                        + "where a.participant_id = ? and s.group_id = ? order by s.scheduled_at, a.question",
                (rs, row) -> new ScalePoint(new SessionId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getInt(4)),
                participant.value(), group.value());
    }

    private ScaleAnswer map(ResultSet rs, int row) throws SQLException {
        return new ScaleAnswer(new SessionId(rs.getObject("session_id", UUID.class)),
                new StepId(rs.getObject("step_id", UUID.class)), rs.getInt("question"), rs.getString("question_text"),
                new ParticipantId(rs.getObject("participant_id", UUID.class)), rs.getInt("value"));
    }
}
