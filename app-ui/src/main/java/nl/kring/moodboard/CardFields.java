package nl.kring.moodboard;

import java.util.UUID;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.TabletSubmission;

/**
 * The card form of a tablet as it travels in the tablet's outbox (docs/adr/0010): the named
 * fields the page sends, read back into a card. A choice travels as its place in the list
 * the form showed (areas in board order, colours in {@link CardColour} order), so that the
 * page needs no server state to write it down; anything that is not such a place is
 * refused with the same words as in the form.
 */
public final class CardFields {

    public static final String KIND = "kind";
    public static final String WORDS = "words";
    public static final String CAPTION = "caption";
    public static final String SONG = "song";
    public static final String ARTIST = "artist";
    public static final String COLOUR = "colour";
    public static final String COLOUR_WORDS = "colourWords";
    public static final String AREA = "area";
    /** The id of the photo the tablet sent before (kept until its card comes, see {@link TabletMoodboardService}). */
    public static final String PHOTO = "photo";

    private CardFields() {
    }

    /** The area chosen, by its place on the board. */
    static int area(TabletSubmission card) {
        return place(card.field(AREA), "area", "validation.choose-area");
    }

    /** What the card holds, checked by the domain; a photo card names its photo. */
    static MoodCard.Content content(TabletSubmission card) {
        CardKind kind;
        try {
            kind = CardKind.valueOf(card.field(KIND));
        } catch (IllegalArgumentException unknown) {
            kind = CardKind.TEXT;
        }
        return switch (kind) {
            case TEXT -> MoodCard.Content.text(card.field(WORDS));
            case PHOTO -> MoodCard.Content.photo(photo(card), card.field(CAPTION));
            case SONG -> MoodCard.Content.song(card.field(SONG), card.field(ARTIST));
            case COLOUR -> MoodCard.Content.colour(colour(card), card.field(COLOUR_WORDS));
        };
    }

    private static PhotoId photo(TabletSubmission card) {
        try {
            return new PhotoId(UUID.fromString(card.field(PHOTO)));
        } catch (IllegalArgumentException none) {
            throw new InvalidValueException("photo", "validation.photo-missing");
        }
    }

    private static CardColour colour(TabletSubmission card) {
        int place = place(card.field(COLOUR), "colour", "validation.required");
        if (place >= CardColour.values().length) {
            throw new InvalidValueException("colour", "validation.required");
        }
        return CardColour.values()[place];
    }

    private static int place(String value, String field, String messageKey) {
        try {
            int place = Integer.parseInt(value);
            if (place >= 0) {
                return place;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidValueException(field, messageKey);
    }
}
