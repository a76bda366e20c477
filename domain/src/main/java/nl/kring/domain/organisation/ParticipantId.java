package nl.kring.domain.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a participant on a group's roster. */
public record ParticipantId(UUID value) {
    public ParticipantId {
        Objects.requireNonNull(value, "value");
    }

    public static ParticipantId newId() {
        return new ParticipantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
