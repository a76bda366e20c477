package nl.kring.domain.moodboard;

import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A card on a moodboard.
 *
 * @param area        the board area it lies in (0 for a free board)
 * @param rank        its place within the area, lowest first
 * @param text        the text, a photo's caption, the song's title, or a colour's words ("" if none)
 * @param artist      the song's artist ("" if none)
 * @param colour      the card's colour, {@code null} for the plain card
 * @param photo       the photo of a photo card
 * @param group       cards the facilitator put together share a group; {@code null} when alone
 * @param highlighted the facilitator made it stand out
 * @param hidden      the facilitator took it off the board and the shared screen
 * @param distress    whether its words suggest acute distress (held for the facilitator) and what they decided
 */
public record MoodCard(MoodCardId id, SessionId sessionId, StepId stepId, CardOwner owner, int area, long rank,
                       CardKind kind, String text, String artist, CardColour colour, PhotoId photo, UUID group,
                       boolean highlighted, boolean hidden, Distress distress) {

    public static final int MAX_TEXT_LENGTH = 140;
    public static final int MAX_ARTIST_LENGTH = 80;

    public MoodCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
        distress = distress == null ? Distress.NONE : distress;
        text = text == null ? "" : text;
        artist = artist == null ? "" : artist;
        if (kind == CardKind.PHOTO && photo == null) {
            throw new InvalidValueException("photo", "validation.required");
        }
        if (kind == CardKind.COLOUR && colour == null) {
            throw new InvalidValueException("colour", "validation.required");
        }
    }

    /** What a person puts on the board; where it lies is decided by the board. */
    public record Content(CardKind kind, String text, String artist, CardColour colour, PhotoId photo) {

        /** A card with words: required, at most {@value #MAX_TEXT_LENGTH} characters. */
        public static Content text(String text) {
            return new Content(CardKind.TEXT, Texts.requireLine("text", text, MAX_TEXT_LENGTH), "", null, null);
        }

        /** A photo with an optional caption. */
        public static Content photo(PhotoId photo, String caption) {
            Objects.requireNonNull(photo, "photo");
            return new Content(CardKind.PHOTO, optionalLine("text", caption, MAX_TEXT_LENGTH), "", null, photo);
        }

        /** A favourite song: the title is required, the artist may be left out. */
        public static Content song(String title, String artist) {
            return new Content(CardKind.SONG, Texts.requireLine("text", title, MAX_TEXT_LENGTH),
                    optionalLine("artist", artist, MAX_ARTIST_LENGTH), null, null);
        }

        /** A colour, with optional words about it. */
        public static Content colour(CardColour colour, String words) {
            if (colour == null) {
                throw new InvalidValueException("colour", "validation.required");
            }
            return new Content(CardKind.COLOUR, optionalLine("text", words, MAX_TEXT_LENGTH), "", colour, null);
        }

        private static String optionalLine(String field, String value, int maxLength) {
            return value == null || value.isBlank() ? "" : Texts.requireLine(field, value, maxLength);
        }
    }

    /** A new card, placed at the end of its area. */
    public static MoodCard create(SessionId session, StepId step, CardOwner owner, int area, long rank,
                                  Content content) {
        return create(session, step, owner, area, rank, content, false);
    }

    /** A new card; one whose words suggest acute distress is held for the facilitator's decision. */
    public static MoodCard create(SessionId session, StepId step, CardOwner owner, int area, long rank,
                                  Content content, boolean suggestsDistress) {
        return create(MoodCardId.newId(), session, step, owner, area, rank, content, suggestsDistress);
    }

    /** A new card with an id chosen beforehand (a tablet's submission key, so a re-send is one card). */
    public static MoodCard create(MoodCardId id, SessionId session, StepId step, CardOwner owner, int area, long rank,
                                  Content content, boolean suggestsDistress) {
        return new MoodCard(id, session, step, owner, area, rank, content.kind(), content.text(),
                content.artist(), content.colour(), content.photo(), null, false, false,
                suggestsDistress ? Distress.HELD : Distress.NONE);
    }

    /** Whether everyone in the session may see it: not hidden, and not held for a distress decision. */
    public boolean isShown() {
        return !hidden && distress.mayBeShown();
    }

    public MoodCard decided(Distress decision) {
        return new MoodCard(id, sessionId, stepId, owner, area, rank, kind, text, artist, colour, photo, group,
                highlighted, hidden, decision);
    }

    public MoodCard placed(int newArea, long newRank, UUID newGroup) {
        return new MoodCard(id, sessionId, stepId, owner, newArea, newRank, kind, text, artist, colour, photo,
                newGroup, highlighted, hidden, distress);
    }

    public MoodCard withHighlight(boolean on) {
        return new MoodCard(id, sessionId, stepId, owner, area, rank, kind, text, artist, colour, photo, group,
                on, hidden, distress);
    }

    public MoodCard withHidden(boolean on) {
        return new MoodCard(id, sessionId, stepId, owner, area, rank, kind, text, artist, colour, photo, group,
                highlighted, on, distress);
    }
}
