package nl.kring.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kring.domain.moodboard.Area;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.LookBack;
import nl.kring.domain.session.WishesAndIdeas;
import nl.kring.domain.swap.PerspectiveSwap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The seeds' texts that Kring offers as defaults and as ready choices (questions, example
 * thoughts, wishes, small steps, the perspective cards, the moodboard's quadrants), read
 * from {@code content/seeds.json} and its translations. A plan keeps the words it was
 * planned with; these are only where new plans and choices start from.
 */
@Component
public class SeedTexts {

    /** A list of plain texts from the seeds and where it comes from. */
    public record Texts(String source, List<String> items) {
    }

    /** A perspective card and the seed's question for it. */
    public record PerspectiveCard(String card, String question) {
    }

    /** One of the seven forms of support. */
    public record SupportForm(String title, String text) {
    }

    /** The lists of plain texts, by their name in the file. */
    public enum TextList {
        THOUGHT_CHALLENGE_QUESTIONS("thought-challenge-questions"),
        HELPING_THOUGHTS("helping-thoughts"),
        /** Negative thoughts as the seeds give them, for participants to recognise and tap. */
        EXAMPLE_THOUGHTS("example-thoughts"),
        FACILITATOR_HINDERING_THOUGHTS("facilitator-hindering-thoughts"),
        FACILITATOR_HELPING_THOUGHTS("facilitator-helping-thoughts"),
        SCALE_QUESTIONS("scale-questions"),
        SMALL_STEP_EXAMPLES("small-step-examples"),
        WISH_QUESTIONS("wish-questions"),
        WISH_EXAMPLES("wish-examples"),
        LOOK_BACK_QUESTIONS("look-back-questions");

        private final String key;

        TextList(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private record InOneLanguage(Map<TextList, Texts> texts, List<PerspectiveCard> cards, List<Area> areas,
                                 List<SupportForm> supportForms, Map<String, String> sources) {
    }

    private final Map<Language, InOneLanguage> languages = new EnumMap<>(Language.class);

    public SeedTexts() {
        ContentFiles.readAll("seeds").forEach((language, root) -> languages.put(language, parse(root)));
    }

    public Texts texts(TextList list, Locale locale) {
        return in(locale).texts().get(list);
    }

    /** Shorthand for the items of a list. */
    public List<String> items(TextList list, Locale locale) {
        return texts(list, locale).items();
    }

    public List<PerspectiveCard> perspectiveCards(Locale locale) {
        return in(locale).cards();
    }

    /** The worksheet's four quadrants (Hart, Ziel, Lichaam, Hoofd) with their questions. */
    public List<Area> moodboardQuadrants(Locale locale) {
        return in(locale).areas();
    }

    public List<SupportForm> supportForms(Locale locale) {
        return in(locale).supportForms();
    }

    /** Where the seven forms of support come from, for the "Bron:" line under them. */
    public String supportFormsSource(Locale locale) {
        return in(locale).sources().get("support-forms");
    }

    // ---- the activities as the seeds set them up: where a new step in a plan starts ----

    public ScaleQuestion scaleQuestion(Locale locale) {
        return new ScaleQuestion(items(TextList.SCALE_QUESTIONS, locale));
    }

    public LookBack lookBack(Locale locale) {
        return new LookBack(items(TextList.LOOK_BACK_QUESTIONS, locale));
    }

    public WishesAndIdeas wishesAndIdeas(AnswerVisibility visibility,
                                                                 Locale locale) {
        List<String> questions = items(TextList.WISH_QUESTIONS, locale);
        return new WishesAndIdeas(questions.get(0), questions.get(1), visibility);
    }

    public PerspectiveSwap perspectiveSwap(String situation, Locale locale) {
        return new PerspectiveSwap(situation,
                perspectiveCards(locale).stream().map(PerspectiveCard::card).toList());
    }

    /** The worksheet's board: the four quadrants with the seed's questions. */
    public Moodboard quadrantBoard(String prompt, boolean anonymous, Locale locale) {
        return new Moodboard(prompt, moodboardQuadrants(locale), anonymous);
    }

    /**
     * The seed's question for a perspective card, in the reader's language, when the card
     * is one of the seed's (in any language: a plan keeps the words it was made with).
     */
    public Optional<String> perspectiveQuestion(String card, Locale locale) {
        for (InOneLanguage language : languages.values()) {
            for (int i = 0; i < language.cards().size(); i++) {
                if (language.cards().get(i).card().equalsIgnoreCase(card.strip())) {
                    return Optional.of(in(locale).cards().get(i).question());
                }
            }
        }
        return Optional.empty();
    }

    private InOneLanguage in(Locale locale) {
        return languages.get(Language.of(locale));
    }

    private static InOneLanguage parse(JsonNode root) {
        Map<TextList, Texts> texts = new EnumMap<>(TextList.class);
        Map<String, String> sources = new HashMap<>();
        root.properties().forEach(entry -> {
            if (entry.getValue().has("source")) {
                sources.put(entry.getKey(), entry.getValue().get("source").asString());
            }
        });
        for (TextList list : TextList.values()) {
            JsonNode node = required(root, list.key());
            texts.put(list, new Texts(node.get("source").asString(), strings(node.get("items"))));
        }
        List<PerspectiveCard> cards = new ArrayList<>();
        for (JsonNode card : required(root, "perspective-cards").get("items")) {
            cards.add(new PerspectiveCard(card.get("card").asString(), card.get("question").asString()));
        }
        List<Area> areas = new ArrayList<>();
        for (JsonNode area : required(root, "moodboard-areas").get("items")) {
            areas.add(new Area(area.get("title").asString(), strings(area.get("questions"))));
        }
        List<SupportForm> forms = new ArrayList<>();
        for (JsonNode form : required(root, "support-forms").get("items")) {
            forms.add(new SupportForm(form.get("title").asString(), form.get("text").asString()));
        }
        return new InOneLanguage(texts, List.copyOf(cards), List.copyOf(areas), List.copyOf(forms), Map.copyOf(sources));
    }

    private static JsonNode required(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || !node.has("source") || !node.has("items")) {
            throw new IllegalStateException("content/seeds: " + key + " needs a source and items");
        }
        return node;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asString()));
        return List.copyOf(out);
    }
}
