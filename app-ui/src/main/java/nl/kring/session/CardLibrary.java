package nl.kring.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.content.ContentFiles;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.session.Diagram;
import nl.kring.domain.session.InformationCard;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The library of ready information cards from the seeds, read from
 * {@code content/cards.json} and its translations at start-up and checked by the card's own rules.
 */
@Component
public class CardLibrary {

    /** A ready card: its key and the card as the editor fills it in. */
    public record LibraryCard(String key, InformationCard card) {
    }

    private final Map<Language, List<LibraryCard>> cards = new EnumMap<>(Language.class);

    public CardLibrary() {
        ContentFiles.readAll("cards").forEach((language, root) -> cards.put(language, parse(root)));
    }

    /** The ready cards in a language. */
    public List<LibraryCard> all(Locale locale) {
        return cards.get(Language.of(locale));
    }

    static List<LibraryCard> parse(JsonNode root) {
            List<LibraryCard> cards = new ArrayList<>();
            for (JsonNode card : root.get("cards")) {
                JsonNode diagram = card.get("diagram");
                cards.add(new LibraryCard(card.get("key").asString(), new InformationCard(card.get("title").asString(),
                        card.get("text").asString(), null,
                        diagram == null || diagram.isNull() ? null : Diagram.valueOf(diagram.asString()))));
            }
            return List.copyOf(cards);
    }
}
