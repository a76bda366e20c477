package nl.kring.persistence.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.session.SavedProgramme;
import nl.kring.domain.session.SavedProgrammeRepository;
import nl.kring.domain.session.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Saved programmes: their steps as one JSON array, each step stored like a plan's step ({@link ActivityJson}). */
@Repository
@Transactional
class JdbcSavedProgrammeRepository implements SavedProgrammeRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    JdbcSavedProgrammeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(SavedProgramme p) {
        // a programme changed in place keeps its id: the same row takes the new name and steps
        jdbc.update("insert into saved_programme (id, organisation_id, name, saved_by, steps) values (?,?,?,?,?) "
                        + "on conflict (id) do update set name = excluded.name, steps = excluded.steps",
                p.id(), p.organisation().value(), p.name(), p.savedBy().value(), write(p.steps()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SavedProgramme> findByOrganisation(OrganisationId organisation) {
        return jdbc.query("select id, organisation_id, name, saved_by, steps from saved_programme "
                + "where organisation_id = ? order by lower(name)", this::map, organisation.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SavedProgramme> findById(UUID id) {
        return jdbc.query("select id, organisation_id, name, saved_by, steps from saved_programme where id = ?",
                this::map, id).stream().findFirst();
    }

    @Override
    public void delete(UUID id) {
        jdbc.update("delete from saved_programme where id = ?", id);
    }

    private static String write(List<Step> steps) {
        ArrayNode array = JSON.createArrayNode();
        for (Step step : steps) {
            ObjectNode node = array.addObject();
            node.put("type", step.activity().type().name());
            node.put("settings", ActivityJson.write(step.activity()));
            if (step.timer() != null) {
                node.put("seconds", step.timer().toSeconds());
            }
        }
        return JSON.writeValueAsString(array);
    }

    private SavedProgramme map(ResultSet rs, int row) throws SQLException {
        List<Step> steps = new ArrayList<>();
        for (JsonNode node : JSON.readTree(rs.getString("steps"))) {
            JsonNode seconds = node.get("seconds");
            steps.add(Step.of(ActivityJson.read(node.get("type").asString(), node.get("settings").asString()),
                    seconds == null ? null : Duration.ofSeconds(seconds.asLong())));
        }
        return new SavedProgramme(rs.getObject("id", UUID.class),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"),
                new StaffId(rs.getObject("saved_by", UUID.class)), steps);
    }
}
