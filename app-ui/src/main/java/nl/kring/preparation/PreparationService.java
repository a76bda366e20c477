package nl.kring.preparation;

import java.util.Optional;
import nl.kring.domain.preparation.AttitudeReminder;
import nl.kring.domain.preparation.AttitudeReminderRepository;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's own preparation: every member of staff keeps their own attitude
 * reminder; nobody else (not even a coordinator) can read it.
 */
@Service
@PreAuthorize(Roles.ANY_STAFF)
public class PreparationService {

    private final AttitudeReminderRepository reminders;
    private final CurrentStaff currentStaff;

    PreparationService(AttitudeReminderRepository reminders, CurrentStaff currentStaff) {
        this.reminders = reminders;
        this.currentStaff = currentStaff;
    }

    /** The signed-in person's own reminder, if they made one. */
    @Transactional(readOnly = true)
    public Optional<AttitudeReminder> myReminder() {
        return reminders.findByStaff(currentStaff.require().staffId());
    }

    /** Keeps the signed-in person's reminder (replacing the earlier one). */
    @Transactional
    public AttitudeReminder keep(String hinderingThought, String helpingThought) {
        AttitudeReminder reminder = new AttitudeReminder(currentStaff.require().staffId(), hinderingThought,
                helpingThought);
        reminders.save(reminder);
        return reminder;
    }
}
