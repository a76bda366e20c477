package nl.kring.domain.organisation;

import java.util.Objects;
import nl.kring.domain.shared.Texts;

/**
 * A welfare organisation. Everything in Kring belongs to exactly one organisation, and
 * nobody ever sees another organisation's data.
 *
 * @param retentionMonths how long personal data of participants who left is kept
 */
public record Organisation(OrganisationId id, String name, int retentionMonths) {

    public static final int MAX_NAME_LENGTH = 120;

    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Texts.requireLine("name", name, MAX_NAME_LENGTH);
        if (retentionMonths < 1 || retentionMonths > 120) {
            throw new IllegalArgumentException("retentionMonths must be 1..120");
        }
    }

    public static Organisation create(String name) {
        return new Organisation(OrganisationId.newId(), name, 24);
    }
}
