package nl.kring.domain.session;

import java.util.Objects;
import java.util.UUID;

/** Identifies a tablet that joined a live session. */
public record TabletId(UUID value) {
    public TabletId {
        Objects.requireNonNull(value, "value");
    }

    public static TabletId newId() {
        return new TabletId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
