package nl.kring.moodboard;

import java.util.List;
import java.util.Map;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.PhotoId;

/**
 * A moodboard as it is exported: the session's title and date, the board, its shown cards
 * in board order per area, the photos, and the export's words in the reader's language.
 *
 * @param cardsPerArea the shown cards of each area, in board order (groups together)
 * @param photos       the cleaned photos by id
 * @param labels       the fixed words: "date", "source", "song", "empty"
 */
public record BoardPrint(String sessionTitle, String date, Moodboard board, List<List<MoodCard>> cardsPerArea,
                         Map<PhotoId, byte[]> photos, Map<String, String> labels) {

    String label(String key) {
        return labels.getOrDefault(key, "");
    }

    /** The line under a card: whose it is, unless the board is anonymous. */
    String ownerOf(MoodCard card) {
        return board.anonymous() ? "" : card.owner().firstName();
    }

    /** A card's words as printed: a song with its artist, others as written. */
    String wordsOf(MoodCard card) {
        return switch (card.kind()) {
            case SONG -> "♪ " + card.text() + (card.artist().isEmpty() ? "" : " – " + card.artist());
            default -> card.text();
        };
    }
}
