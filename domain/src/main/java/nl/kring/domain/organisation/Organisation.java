package nl.kring.domain.organisation;

import java.util.Objects;
import nl.kring.domain.shared.Texts;

/**
 * A welfare organisation. Everything in Kring belongs to exactly one organisation, and
 * nobody ever sees another organisation's data.
 *
 * @param retentionMonths        how long personal data of participants who left is kept
 * @param contentRetentionMonths how long the contents of ended sessions are kept
 */
public record Organisation(OrganisationId id, String name, int retentionMonths, int contentRetentionMonths) {

    public static final int MAX_NAME_LENGTH = 120;

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Texts.requireLine("name", name, MAX_NAME_LENGTH);
        if (retentionMonths < 1 || retentionMonths > 120) {
            throw new nl.kring.domain.shared.InvalidValueException("retentionMonths", "validation.retention-months");
        }
        if (contentRetentionMonths < 1 || contentRetentionMonths > 120) {
            throw new nl.kring.domain.shared.InvalidValueException("contentRetentionMonths",
                    "validation.retention-months");
        }
    }

    public static Organisation create(String name) {
        return new Organisation(OrganisationId.newId(), name, 24, 12);
    }

    public Organisation withRetention(int personalDataMonths, int contentMonths) {
        return new Organisation(id, name, personalDataMonths, contentMonths);
    }
}
