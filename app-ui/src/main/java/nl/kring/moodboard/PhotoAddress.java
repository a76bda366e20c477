package nl.kring.moodboard;

import nl.kring.domain.moodboard.PhotoId;

/** Where a moodboard photo is served. */
public final class PhotoAddress {

    public static final String PATH = "/foto/";

    private PhotoAddress() {
    }

    public static String of(PhotoId id) {
        return PATH + id.value();
    }

    public static String thumbnailOf(PhotoId id) {
        return PATH + id.value() + "?klein";
    }
}
