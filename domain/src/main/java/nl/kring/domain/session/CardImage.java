package nl.kring.domain.session;

import java.util.Objects;

/** A picture on an information card, already cleaned (re-encoded, without metadata). */
public record CardImage(ImageId id, String contentType, byte[] bytes) {

    public CardImage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
