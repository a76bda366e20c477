package nl.kring.domain.session;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises texts that suggest acute distress (not wanting to live any more, ending it),
 * from a list of Dutch phrases that an organisation can extend. Matching ignores case,
 * accents, punctuation and extra spaces, and only matches whole words ("zelfmoord" matches
 * "Zelfmoord!", "dood" does not match "doodgewoon").
 *
 * <p>It errs on the side of caution: a false alarm costs the facilitator a glance, a
 * missed one costs far more. It is an aid, never a diagnosis.
 */
public final class DistressPhrases {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<String> phrases;

    public DistressPhrases(Collection<String> phrases) {
        this.phrases = phrases.stream().map(DistressPhrases::normalise).filter(p -> !p.isBlank())
                .map(p -> " " + p + " ").distinct().toList();
    }

    /** Reads a phrase file: one phrase per line; empty lines and lines starting with # are skipped. */
    public static DistressPhrases parse(String... files) {
        return new DistressPhrases(Arrays.stream(files)
                .flatMap(String::lines)
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
    }

    public boolean suggestsDistress(String text) {
        String normalised = " " + normalise(text) + " ";
        return phrases.stream().anyMatch(normalised::contains);
    }

    public int size() {
        return phrases.size();
    }

    private static String normalise(String text) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
