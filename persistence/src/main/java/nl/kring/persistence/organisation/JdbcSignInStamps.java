package nl.kring.persistence.organisation;

import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.organisation.Username;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The stamps as two columns of {@code staff_account} (V0012). */
@Repository
@Transactional
class JdbcSignInStamps implements SignInStamps {

    /**
     * An account may be signed in while it and its organisation are active: suspending an
     * organisation (issue 22) ends its staff's sign-ins at their next request, as deactivating
     * one account does (docs/adr/0011).
     */
    private static final String SELECT_CURRENT = "select a.sign_in_stamp, a.remember_stamp,"
            + " a.active and not o.suspended as active from staff_account a"
            + " join organisation o on o.id = a.organisation_id ";

    private static final RowMapper<Current> CURRENT = (rs, row) -> new Current(
            rs.getObject("sign_in_stamp", UUID.class), rs.getObject("remember_stamp", UUID.class),
            rs.getBoolean("active"));

    private final JdbcTemplate jdbc;

    JdbcSignInStamps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Current> current(StaffId account) {
        return jdbc.query(SELECT_CURRENT + "where a.id = ?", CURRENT, account.value()).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Current> current(Username username) {
        return jdbc.query(SELECT_CURRENT + "where a.username = ?", CURRENT, username.value()).stream().findFirst();
    }

    @Override
    public void endAllSignIns(StaffId account) {
        jdbc.update("update staff_account set sign_in_stamp = ?, remember_stamp = ? where id = ?", UUID.randomUUID(),
                UUID.randomUUID(), account.value());
    }

    @Override
    public void endRememberedSignIns(StaffId account) {
        jdbc.update("update staff_account set remember_stamp = ? where id = ?", UUID.randomUUID(), account.value());
    }
}
