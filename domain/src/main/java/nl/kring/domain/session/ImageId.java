package nl.kring.domain.session;

import java.util.Objects;
import java.util.UUID;

/** Identifies an image used on an information card. */
public record ImageId(UUID value) {
    public ImageId {
        Objects.requireNonNull(value, "value");
    }

    public static ImageId newId() {
        return new ImageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
