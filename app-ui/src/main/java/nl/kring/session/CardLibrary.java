package nl.kring.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.kring.domain.session.Diagram;
import nl.kring.domain.session.InformationCard;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library of ready information cards from the seeds, read from
 * {@code content/cards.json} at start-up and checked by the card's own rules.
 */
@Component
public class CardLibrary {

    /** A ready card: its key and the card as the editor fills it in. */
    public record LibraryCard(String key, InformationCard card) {
    }

    private final List<LibraryCard> cards;

    public CardLibrary() {
        this.cards = load("content/cards.json");
    }

    public List<LibraryCard> all() {
        return cards;
    }

    static List<LibraryCard> load(String resource) {
        try (InputStream in = CardLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<LibraryCard> cards = new ArrayList<>();
            for (JsonNode card : JsonMapper.builder().build().readTree(in).get("cards")) {
                JsonNode diagram = card.get("diagram");
                cards.add(new LibraryCard(card.get("key").asString(), new InformationCard(card.get("title").asString(),
                        card.get("text").asString(), null,
                        diagram == null || diagram.isNull() ? null : Diagram.valueOf(diagram.asString()))));
            }
            return List.copyOf(cards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
