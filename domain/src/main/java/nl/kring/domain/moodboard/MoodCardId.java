package nl.kring.domain.moodboard;

import java.util.Objects;
import java.util.UUID;

public record MoodCardId(UUID value) {

    public MoodCardId {
        Objects.requireNonNull(value, "value");
    }

    public static MoodCardId newId() {
        return new MoodCardId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
