package nl.kring.domain.preparation;

import java.util.Objects;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.shared.Texts;

/**
 * A member of staff's own reminder from the basishouding exercise ("In gesprek over
 * eenzaamheid", step 1): the hindering thought they recognise in themselves and the
 * helping thought they choose against it. Private to that person; the console shows it to
 * them when they lead a session.
 */
public record AttitudeReminder(StaffId staff, String hinderingThought, String helpingThought) {

    public static final int MAX_LENGTH = 200;

    public AttitudeReminder {
        Objects.requireNonNull(staff, "staff");
        hinderingThought = Texts.requireLine("hinderingThought", hinderingThought, MAX_LENGTH);
        helpingThought = Texts.requireLine("helpingThought", helpingThought, MAX_LENGTH);
    }
}
