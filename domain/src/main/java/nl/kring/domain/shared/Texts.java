package nl.kring.domain.shared;

import java.util.regex.Pattern;

/** Shared rules for short human texts such as names: trimmed, bounded, printable. */
public final class Texts {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");

    private Texts() {
    }

    /**
     * Normalises a one-line text (collapses white space) and checks it is present and at
     * most {@code maxLength} characters long.
     *
     * @throws InvalidValueException with key {@code validation.required} or {@code validation.too-long}
     */
    public static String requireLine(String field, String value, int maxLength) {
        String normalised = value == null ? "" : WHITESPACE_RUNS.matcher(value.strip()).replaceAll(" ");
        if (normalised.isEmpty()) {
            throw new InvalidValueException(field, "validation.required");
        }
        if (normalised.codePointCount(0, normalised.length()) > maxLength) {
            throw new InvalidValueException(field, "validation.too-long", maxLength);
        }
        if (CONTROL_CHARACTERS.matcher(normalised).find()) {
            throw new InvalidValueException(field, "validation.invalid-characters");
        }
        return normalised;
    }

    /** Like {@link #requireLine} but for multi-line text that may be empty (notes, descriptions). */
    public static String optionalText(String field, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InvalidValueException(field, "validation.too-long", maxLength);
        }
        return stripped;
    }
}
