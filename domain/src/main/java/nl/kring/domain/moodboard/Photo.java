package nl.kring.domain.moodboard;

import java.util.Objects;
import nl.kring.domain.session.SessionId;

/**
 * A photo on a moodboard card, already cleaned: decoded, turned upright, scaled and
 * written anew as JPEG, so that no metadata of the original (place, camera, time) is left.
 *
 * @param image     at most 2048 pixels on the long side
 * @param thumbnail at most 480 pixels on the long side, for tablets and the board
 */
public record Photo(PhotoId id, SessionId sessionId, int width, int height, byte[] image, byte[] thumbnail) {

    public static final String CONTENT_TYPE = "image/jpeg";

    public Photo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(thumbnail, "thumbnail");
    }
}
