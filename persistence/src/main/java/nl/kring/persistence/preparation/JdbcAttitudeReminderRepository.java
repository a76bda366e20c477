package nl.kring.persistence.preparation;

import java.util.Optional;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.preparation.AttitudeReminder;
import nl.kring.domain.preparation.AttitudeReminderRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Attitude reminders in plain SQL: one row per staff member, replaced when they choose again. */
@Repository
@Transactional
class JdbcAttitudeReminderRepository implements AttitudeReminderRepository {

    private final JdbcTemplate jdbc;

    JdbcAttitudeReminderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(AttitudeReminder r) {
        jdbc.update("insert into attitude_reminder (staff_id, hindering_thought, helping_thought) values (?,?,?) "
                        + "on conflict (staff_id) do update set hindering_thought = excluded.hindering_thought, "
                        + "helping_thought = excluded.helping_thought",
                r.staff().value(), r.hinderingThought(), r.helpingThought());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttitudeReminder> findByStaff(StaffId staff) {
        return jdbc.query("select hindering_thought, helping_thought from attitude_reminder where staff_id = ?",
                (rs, row) -> new AttitudeReminder(staff, rs.getString(1), rs.getString(2)), staff.value())
                .stream().findFirst();
    }
}
