package nl.kring.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words a participant reads on a tablet follow the rules of plain language (B1) that a
 * machine can check: short sentences, no "send" or "submit" words, no staff jargon, "tap"
 * rather than "click". It does not replace reading them (see the README's "Inclusion"), but
 * a new text that breaks a rule fails the build.
 */
class PlainLanguageTest {

    /** Every text shown to participants: their screens, the messages they may get, the notices. */
    private static final List<String> PARTICIPANT_TEXTS = List.of(
            "join.", "tablet.", "connection.", "database.",
            "round.your-answer", "round.answer-help", "round.send", "round.you-sent", "round.anonymous-note",
            "round.choices", "thought.examples", "thought.send", "thought.recognise", "thought.recognised",
            "swap.waiting-", "swap.your-", "swap.recognise", "swap.card-question", "challenge.waiting",
            "challenge.the-thought", "challenge.question-of", "challenge.helping-thought-coming",
            "scale.private-note", "scale.low", "scale.high", "scale.choose", "scale.chosen", "scale.earlier",
            "smallstep.private-note", "smallstep.examples-title", "smallstep.label", "smallstep.save",
            "smallstep.saved", "smallstep.checkin.", "smallstep.outcome.", "lookback.tablet-note",
            "wishes.examples-title", "wishes.chosen", "moodboard.form.", "moodboard.photo.", "moodboard.upload.",
            "moodboard.move.", "moodboard.remove", "moodboard.view.", "moodboard.area-empty",
            "validation.required", "validation.too-long", "validation.join-code-expired",
            "validation.name-not-on-roster", "validation.tablet-gone", "validation.step-moved-on",
            "validation.no-card-yet", "validation.no-question-now", "validation.photo-", "validation.choose-area",
            "validation.too-many-board-cards", "validation.card-gone", "validation.scale-range",
            "validation.small-step-gone", "validation.thought-gone", "error.unexpected",
            "error.database-unavailable", "error.retrying");

    /** At most this many words between two full stops: B1 asks for short sentences. */
    private static final int MAX_WORDS_PER_SENTENCE = 15;

    private static final Set<String> DUTCH_FORBIDDEN = Set.of("versturen", "verstuurd", "verzenden", "verzonden",
            "indienen", "submit", "klik", "klikken", "uploaden", "inloggen", "account", "sessie", "applicatie",
            "app", "activiteit", "invoer", "invoeren");
    private static final Set<String> ENGLISH_FORBIDDEN = Set.of("send", "sent", "submit", "submitted", "click",
            "upload", "uploading", "facilitator", "input", "log", "login", "activity");

    @Test
    void dutchParticipantTextsArePlain() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        assertThat(participantKeys(dutch)).hasSizeGreaterThan(80);
        assertThat(problems(dutch, DUTCH_FORBIDDEN)).isEmpty();
    }

    @Test
    void englishParticipantTextsFollowTheSameRules() throws IOException {
        assertThat(problems(load("i18n/messages_en.properties"), ENGLISH_FORBIDDEN)).isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        Properties bad = new Properties();
        bad.setProperty("round.send", "Versturen");
        bad.setProperty("tablet.long", "Dit is een hele lange zin met veel te veel woorden erin zodat bijna niemand "
                + "hem in een keer kan lezen of onthouden.");
        bad.setProperty("tablet.semicolon", "Kort; ook kort.");
        assertThat(problems(bad, DUTCH_FORBIDDEN)).hasSize(3);
    }

    private static List<String> problems(Properties texts, Set<String> forbidden) {
        List<String> problems = new ArrayList<>();
        for (String key : participantKeys(texts)) {
            String text = withoutPlaceholders(texts.getProperty(key));
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (forbidden.contains(word)) {
                    problems.add(key + ": the word \"" + word + "\"");
                }
            }
            if (text.contains(";")) {
                problems.add(key + ": a semicolon (write two sentences)");
            }
            for (String sentence : SENTENCE_END.split(text)) {
                int words = sentence.isBlank() ? 0 : sentence.strip().split("\\s+").length;
                if (words > MAX_WORDS_PER_SENTENCE) {
                    problems.add(key + ": " + words + " words in \"" + sentence.strip() + "\"");
                }
            }
        }
        return problems;
    }

    private static List<String> participantKeys(Properties texts) {
        return texts.stringPropertyNames().stream()
                .filter(key -> PARTICIPANT_TEXTS.stream().anyMatch(key::startsWith)).sorted().toList();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]\\s*");

    /** "a {0, choice, 1#one|1<{0} more} b" → "a one b"; "{0}" → a word. */
    private static String withoutPlaceholders(String text) {
        int choice = text.indexOf(", choice,");
        if (choice > 0) {
            int variant = text.indexOf('#', choice) + 1;
            int bar = text.indexOf('|', variant);
            text = text.substring(0, text.lastIndexOf('{', choice)) + text.substring(variant, bar)
                    + text.substring(text.lastIndexOf('}') + 1);
        }
        return text.replaceAll("\\{\\d+}", "X");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlainLanguageTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
