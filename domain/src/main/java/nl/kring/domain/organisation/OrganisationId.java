package nl.kring.domain.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies an organisation (a welfare organisation using Kring). */
public record OrganisationId(UUID value) {
    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
