package nl.kring.domain.session;

import java.util.Objects;
import java.util.UUID;

/** Identifies an answer in a question round. */
public record AnswerId(UUID value) {
    public AnswerId {
        Objects.requireNonNull(value, "value");
    }

    public static AnswerId newId() {
        return new AnswerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
