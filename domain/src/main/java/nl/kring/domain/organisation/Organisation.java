package nl.kring.domain.organisation;

import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A welfare organisation. Everything in Kring belongs to exactly one organisation, and
 * nobody ever sees another organisation's data.
 *
 * @param retentionMonths        how long personal data of participants who left is kept
 * @param contentRetentionMonths how long the contents of ended sessions are kept
 * @param suspended              a platform administrator suspended it: nobody of it can sign in
 * @param platform               the one organisation that holds the platform administrators
 *                               (issue 22); it has no groups and is not listed
 * @param language               the language its new staff accounts start in (each person can
 *                               change their own; tablets and shared screens are Dutch)
 */
public record Organisation(OrganisationId id, String name, int retentionMonths, int contentRetentionMonths,
                           boolean suspended, boolean platform, Language language) {

    public static final int MAX_NAME_LENGTH = 120;

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        name = Texts.requireLine("name", name, MAX_NAME_LENGTH);
        if (retentionMonths < 1 || retentionMonths > 120) {
            throw new InvalidValueException("retentionMonths", "validation.retention-months");
        }
        if (contentRetentionMonths < 1 || contentRetentionMonths > 120) {
            throw new InvalidValueException("contentRetentionMonths",
                    "validation.retention-months");
        }
    }

    public static Organisation create(String name) {
        return new Organisation(OrganisationId.newId(), name, 24, 12, false, false, Language.DUTCH);
    }

    /** The organisation of the platform administrators (made once, at start-up). */
    public static Organisation platform(String name) {
        return new Organisation(OrganisationId.newId(), name, 24, 12, false, true, Language.DUTCH);
    }

    public Organisation withRetention(int personalDataMonths, int contentMonths) {
        return new Organisation(id, name, personalDataMonths, contentMonths, suspended, platform, language);
    }

    public Organisation withName(String newName) {
        return new Organisation(id, newName, retentionMonths, contentRetentionMonths, suspended, platform, language);
    }

    public Organisation withSuspended(boolean nowSuspended) {
        if (platform && nowSuspended) {
            throw new InvalidValueException("organisation", "validation.platform-not-suspended");
        }
        return new Organisation(id, name, retentionMonths, contentRetentionMonths, nowSuspended, platform, language);
    }

    public Organisation withLanguage(Language newLanguage) {
        return new Organisation(id, name, retentionMonths, contentRetentionMonths, suspended, platform, newLanguage);
    }
}
