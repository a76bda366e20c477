package nl.kring.moodboard;

import java.util.Objects;
import nl.kring.domain.moodboard.PhotoId;

/**
 * A photo for a card that is not on the board yet.
 *
 * @param id    where Kring keeps it meanwhile (a tablet's photo, whose card comes through the
 *              tablet's outbox); {@code null} when only the page holds it (a leader's card)
 * @param photo the cleaned photo, for the preview
 */
public record KeptPhoto(PhotoId id, CleanPhoto photo) {

    public KeptPhoto {
        Objects.requireNonNull(photo, "photo");
    }

    /** Held by the page only, until the card is put on the board. */
    public static KeptPhoto inPage(CleanPhoto photo) {
        return new KeptPhoto(null, photo);
    }
}
