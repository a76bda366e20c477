package nl.kring.domain.session;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short code with which a tablet joins a live session: {@value #LENGTH} characters
 * from an alphabet without look-alikes (no 0/O, no 1/I/L), so that it can be read off a
 * TV screen and typed by someone who is not at ease with computers.
 */
public record JoinCode(String value) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    public JoinCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a join code");
        }
    }

    /**
     * Reads what someone typed, forgiving case, spaces and dashes; empty when it cannot be
     * a join code at all.
     */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = typed.replaceAll("[\\s\\-.]", "").toUpperCase(Locale.ROOT);
        if (cleaned.length() != LENGTH || !cleaned.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new JoinCode(cleaned));
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** "ABC DEF": easier to read aloud and off a screen. */
    public String grouped() {
        return value.substring(0, 3) + " " + value.substring(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
