package nl.kring.persistence.organisation;

import java.util.Optional;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationLogos;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The logos in {@code organisation_logo} (V0016), in plain SQL: one picture per organisation. */
@Repository
@Transactional
class JdbcOrganisationLogos implements OrganisationLogos {

    private final JdbcTemplate jdbc;

    JdbcOrganisationLogos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> find(OrganisationId organisation) {
        return jdbc.query("select image from organisation_logo where organisation_id = ?",
                (rs, row) -> rs.getBytes(1), organisation.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(OrganisationId organisation) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from organisation_logo where organisation_id = ?)", Boolean.class,
                organisation.value()));
    }

    @Override
    public void save(OrganisationId organisation, byte[] jpeg) {
        jdbc.update("insert into organisation_logo (organisation_id, image) values (?, ?)"
                + " on conflict (organisation_id) do update set image = excluded.image", organisation.value(), jpeg);
    }

    @Override
    public void remove(OrganisationId organisation) {
        jdbc.update("delete from organisation_logo where organisation_id = ?", organisation.value());
    }
}
