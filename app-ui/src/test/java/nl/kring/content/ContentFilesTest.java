package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.session.BuiltInTemplates;
import nl.kring.session.CardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The built-in content files: every language holds the same things in the same shape (so
 * a translation can never miss a question or a step), every list names its source, and the
 * seeds' texts make valid activities.
 */
class ContentFilesTest {

    private static final Locale DUTCH = Language.DUTCH.locale();
    private static final Locale ENGLISH = Language.ENGLISH.locale();

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "templates", "cards"})
    void everyLanguageHasTheSameShapeAndEveryTextIsFilledIn(String name) {
        Map<Language, JsonNode> all = ContentFiles.readAll(name);
        List<String> dutch = shape(all.get(Language.DUTCH));
        assertThat(dutch).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(shape(all.get(language))).as(ContentFiles.resource(name, language)).isEqualTo(dutch);
        }
    }

    @Test
    void everySeedListNamesItsSourceAndTheTranslationIsNotTheDutch() {
        JsonNode dutch = ContentFiles.readAll("seeds").get(Language.DUTCH);
        JsonNode english = ContentFiles.readAll("seeds").get(Language.ENGLISH);
        dutch.properties().stream().filter(e -> !e.getKey().startsWith("_")).forEach(e -> {
            assertThat(e.getValue().get("source").asString()).as(e.getKey()).contains("Movisie");
            assertThat(english.get(e.getKey()).get("items").toString()).as(e.getKey())
                    .isNotEqualTo(e.getValue().get("items").toString());
        });
    }

    @Test
    void theSeedsMakeTheActivitiesInBothLanguages() {
        SeedTexts seeds = new SeedTexts();
        assertThat(seeds.scaleQuestion(DUTCH).questions()).containsExactly(
                "Hoe gemotiveerd ben je om de afgesproken stap te zetten op een schaal van 0 tot 10?",
                "Hoeveel vertrouwen heb je dat je dit ook werkelijk gaat doen?");
        assertThat(seeds.scaleQuestion(ENGLISH).questions()).hasSize(2);
        assertThat(seeds.quadrantBoard("Wat is van waarde?", false, DUTCH).areas())
                .extracting(nl.kring.domain.moodboard.Area::title).containsExactly("Hart", "Ziel", "Lichaam", "Hoofd");
        assertThat(seeds.moodboardQuadrants(DUTCH).getFirst().questions()).contains("Wie zijn belangrijk voor je?");
        assertThat(seeds.lookBack(DUTCH).questions()).hasSize(5).contains("Heb je nog tips voor elkaar?");
        assertThat(seeds.wishesAndIdeas(AnswerVisibility.NAMED, ENGLISH).wishQuestion())
                .isEqualTo("What would you like most?");
        assertThat(seeds.perspectiveSwap("", DUTCH).cards()).containsExactly("De positieve kant", "Een kind",
                "Jouw held", "De rollen omgedraaid", "De ander in deze situatie");
        assertThat(seeds.items(SeedTexts.TextList.THOUGHT_CHALLENGE_QUESTIONS, DUTCH))
                .containsExactly("Is het waar?", "Hoe reageer je en wat gebeurt er wanneer je die gedachte gelooft?",
                        "Wie zou je zijn zonder die gedachte?");
        assertThat(seeds.items(SeedTexts.TextList.THOUGHT_CHALLENGE_QUESTIONS, ENGLISH))
                .hasSize(nl.kring.domain.thought.ThoughtChallenge.QUESTION_COUNT);
        assertThat(seeds.supportForms(DUTCH)).hasSize(7);
        assertThat(seeds.supportFormsSource(DUTCH)).contains("Bouwman", "Van Tilburg", "2020");
        assertThat(seeds.items(SeedTexts.TextList.WISH_EXAMPLES, DUTCH)).hasSize(7);
        assertThat(seeds.items(SeedTexts.TextList.SMALL_STEP_EXAMPLES, DUTCH)).contains(
                "Een gesprekje met de groenteboer");
    }

    @Test
    void aSeedCardsQuestionIsFoundInEitherLanguage() {
        SeedTexts seeds = new SeedTexts();
        assertThat(seeds.perspectiveQuestion("Een kind", ENGLISH)).contains(
                "What would a child think in this situation?");
        assertThat(seeds.perspectiveQuestion("a child", DUTCH)).contains("Wat zou een kind denken in deze situatie?");
        assertThat(seeds.perspectiveQuestion("De buurman", DUTCH)).isEmpty();
    }

    @Test
    void theTemplatesAndCardsHoldTheSameStepsInEveryLanguage() {
        BuiltInTemplates templates = new BuiltInTemplates();
        CardLibrary cards = new CardLibrary();
        for (Locale locale : List.of(DUTCH, ENGLISH)) {
            assertThat(templates.all(locale)).extracting(BuiltInTemplates.Template::key)
                    .containsExactly("spelen-met-gedachten", "gesprek-van-waarde", "in-gesprek-over-eenzaamheid");
            assertThat(cards.all(locale)).hasSize(cards.all(DUTCH).size());
        }
        assertThat(cards.all(ENGLISH).getFirst().card().title()).isEqualTo("The downward spiral of loneliness");
        assertThat(cards.all(ENGLISH)).allSatisfy(c -> assertThat(c.card().text()).contains("Source: Movisie"));
    }

    /** Every path and kind of value, with the text values reduced to "filled in" or "empty". */
    private static List<String> shape(JsonNode root) {
        List<String> out = new ArrayList<>();
        walk("", root, out);
        return out;
    }

    private static void walk(String path, JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> walk(path + "/" + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), out);
            }
        } else if (node.isString()) {
            boolean code = path.endsWith("/type") || path.endsWith("/key") || path.endsWith("/visibility")
                    || path.endsWith("/diagram");
            out.add(path + (code ? "=" + node.asString() : node.asString().isBlank() ? " empty" : " text"));
        } else {
            out.add(path + "=" + node);
        }
    }
}
