package nl.kring.persistence.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.StepStateRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Step states as JSON with their activity type, like the step settings (see {@link ActivityJson}). */
@Repository
@Transactional
class JdbcStepStateRepository implements StepStateRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcTemplate jdbc;

    JdbcStepStateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public <T> Optional<T> find(StepId step, Class<T> type) {
        return jdbc.query("select state from step_state where step_id = ?",
                (rs, row) -> JSON.readValue(rs.getString("state"), type), step.value()).stream().findFirst();
    }

    @Override
    public void save(SessionId session, StepId step, ActivityType type, Object state) {
        if (!type.stateType().isInstance(state)) {
            throw new IllegalArgumentException(type + " keeps " + type.stateType().getSimpleName());
        }
        jdbc.update("insert into step_state (step_id, session_id, state_type, state) values (?, ?, ?, ?) "
                        + "on conflict (step_id) do update set state = excluded.state",
                step.value(), session.value(), type.name(), JSON.writeValueAsString(state));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<StepId, Object> findBySession(SessionId session) {
        Map<StepId, Object> states = new LinkedHashMap<>();
        jdbc.query("select step_id, state_type, state from step_state where session_id = ?", rs -> {
            ActivityType type = ActivityType.valueOf(rs.getString("state_type"));
            states.put(new StepId(rs.getObject("step_id", UUID.class)),
                    JSON.readValue(rs.getString("state"), type.stateType()));
        }, session.value());
        return states;
    }
}
