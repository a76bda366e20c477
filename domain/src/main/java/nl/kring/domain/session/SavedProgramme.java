package nl.kring.domain.session;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * An organisation's own programme: the steps of a plan someone saved, to start later
 * sessions of any of the organisation's groups from. Built-in programmes can be copied
 * this way: plan from one, change it, save it under a new name.
 */
public record SavedProgramme(UUID id, OrganisationId organisation, String name, StaffId savedBy, List<Step> steps) {

    public static final int MAX_NAME_LENGTH = 120;

    public SavedProgramme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(savedBy, "savedBy");
        name = Texts.requireLine("name", name, MAX_NAME_LENGTH);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidValueException("name", "validation.programme-needs-steps");
        }
    }

    public static SavedProgramme of(OrganisationId organisation, String name, StaffId savedBy, List<Step> steps) {
        return new SavedProgramme(UUID.randomUUID(), organisation, name, savedBy, steps);
    }
}
