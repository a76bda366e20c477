package nl.kring.persistence.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.organisation.StaffId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@code organisation_sign_in} and {@code staff_sign_in_link} (V0017), in plain SQL. */
@Repository
@Transactional
class JdbcOrganisationSignIns implements OrganisationSignIns {

    private static final String COLUMNS = "organisation_id, issuer, client_id, client_secret";

    private final JdbcTemplate jdbc;

    JdbcOrganisationSignIns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSignIn> find(OrganisationId organisation) {
        return jdbc.query("select " + COLUMNS + " from organisation_sign_in where organisation_id = ?",
                (rs, row) -> read(rs), organisation.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationSignIn> all() {
        return jdbc.query("select " + COLUMNS + " from organisation_sign_in", (rs, row) -> read(rs));
    }

    @Override
    public void save(OrganisationSignIn signIn) {
        // another provider: the people of the old one are not the people of the new one
        jdbc.update("delete from staff_sign_in_link l using organisation_sign_in s, staff_account a"
                + " where s.organisation_id = ? and s.issuer <> ? and l.issuer = s.issuer"
                + " and a.id = l.staff_id and a.organisation_id = s.organisation_id",
                signIn.organisation().value(), signIn.issuer());
        jdbc.update("insert into organisation_sign_in (" + COLUMNS + ") values (?, ?, ?, ?)"
                + " on conflict (organisation_id) do update set issuer = excluded.issuer,"
                + " client_id = excluded.client_id, client_secret = excluded.client_secret",
                signIn.organisation().value(), signIn.issuer(), signIn.clientId(), signIn.sealedSecret());
    }

    @Override
    public void remove(OrganisationId organisation) {
        jdbc.update("delete from staff_sign_in_link l using staff_account a"
                + " where a.id = l.staff_id and a.organisation_id = ?", organisation.value());
        jdbc.update("delete from organisation_sign_in where organisation_id = ?", organisation.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffId> linkedAccount(String issuer, String subject) {
        return jdbc.query("select staff_id from staff_sign_in_link where issuer = ? and subject = ?",
                (rs, row) -> new StaffId(rs.getObject(1, UUID.class)), issuer, subject).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isLinked(StaffId account, String issuer) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from staff_sign_in_link where staff_id = ? and issuer = ?)", Boolean.class,
                account.value(), issuer));
    }

    @Override
    public void link(StaffId account, String issuer, String subject) {
        jdbc.update("insert into staff_sign_in_link (issuer, subject, staff_id) values (?, ?, ?)"
                + " on conflict do nothing", issuer, subject, account.value());
    }

    private static OrganisationSignIn read(ResultSet rs) throws SQLException {
        return new OrganisationSignIn(new OrganisationId(rs.getObject(1, UUID.class)), rs.getString(2),
                rs.getString(3), rs.getString(4));
    }
}
