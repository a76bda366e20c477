package nl.kring.domain.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a staff account (coordinator, facilitator or experience expert). */
public record StaffId(UUID value) {
    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId newId() {
        return new StaffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
