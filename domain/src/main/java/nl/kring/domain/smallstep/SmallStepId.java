package nl.kring.domain.smallstep;

import java.util.Objects;
import java.util.UUID;

public record SmallStepId(UUID value) {

    public SmallStepId {
        Objects.requireNonNull(value, "value");
    }

    public static SmallStepId newId() {
        return new SmallStepId(UUID.randomUUID());
    }
}
