package nl.kring.persistence.privacy;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail: insert and read only (the table's triggers refuse updates and deletes). */
@Repository
@Transactional
class JdbcAuditTrail implements AuditTrail {

    private final JdbcTemplate jdbc;

    JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry e) {
        jdbc.update("insert into audit_entry (id, organisation_id, at, staff_id, staff_name, action, subject) "
                        + "values (?,?,?,?,?,?,?)", e.id(), e.organisation().value(), Timestamp.from(e.at()),
                e.staff() == null ? null : e.staff().value(), e.staffName(), e.action().name(), e.subject());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(OrganisationId organisation, int limit) {
        return jdbc.query("select id, organisation_id, at, staff_id, staff_name, action, subject from audit_entry "
                        + "where organisation_id = ? order by at desc, id limit ?",
                (rs, row) -> new AuditEntry(rs.getObject(1, UUID.class), new OrganisationId(rs.getObject(2, UUID.class)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getObject(4) == null ? null : new StaffId(rs.getObject(4, UUID.class)), rs.getString(5),
                        AuditAction.valueOf(rs.getString(6)), rs.getString(7)),
                organisation.value(), limit);
    }
}
