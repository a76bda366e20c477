package nl.kring.domain.session;

import nl.kring.domain.shared.Texts;

/**
 * A card shown to everyone: an explanation such as the downward spiral of loneliness.
 *
 * @param image   optional picture; {@code null} when the card has none
 * @param diagram optional drawing such as the downward spiral; {@code null} when the card has none
 */
public record InformationCard(String title, String text, ImageId image, Diagram diagram) implements Activity {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_TEXT_LENGTH = 3000;

    public InformationCard {
        title = Texts.requireLine("title", title, MAX_TITLE_LENGTH);
        text = Texts.optionalText("text", text, MAX_TEXT_LENGTH);
    }

    /** A card with words and perhaps a picture, without a drawing. */
    public InformationCard(String title, String text, ImageId image) {
        this(title, text, image, null);
    }

    @Override
    public ActivityType type() {
        return ActivityType.INFORMATION_CARD;
    }

    @Override
    public String headline() {
        return title;
    }
}
