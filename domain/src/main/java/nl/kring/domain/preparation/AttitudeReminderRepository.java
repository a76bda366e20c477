package nl.kring.domain.preparation;

import java.util.Optional;
import nl.kring.domain.organisation.StaffId;

/** Port: each staff member's own attitude reminder. */
public interface AttitudeReminderRepository {

    void save(AttitudeReminder reminder);

    Optional<AttitudeReminder> findByStaff(StaffId staff);
}
