package nl.kring.domain.thought;

import java.util.Objects;
import java.util.UUID;

/** Identifies an anonymous contribution. Random, so that it says nothing about when it came. */
public record ContributionId(UUID value) {
    public ContributionId {
        Objects.requireNonNull(value, "value");
    }

    public static ContributionId newId() {
        return new ContributionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
