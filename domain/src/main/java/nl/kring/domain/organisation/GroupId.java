package nl.kring.domain.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a group (a circle of participants that meets in sessions). */
public record GroupId(UUID value) {
    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId newId() {
        return new GroupId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
