package nl.kring.domain.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.kring.domain.shared.InvalidValueException;

/** The name a staff member signs in with: unique across Kring, case-insensitive. */
public record Username(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3," + MAX_LENGTH + "}");

    public Username {
        String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new InvalidValueException("username", "validation.required");
        }
        if (normalised.length() > MAX_LENGTH) {
            throw new InvalidValueException("username", "validation.too-long", MAX_LENGTH);
        }
        if (!ALLOWED.matcher(normalised).matches()) {
            throw new InvalidValueException("username", "validation.username");
        }
        value = normalised;
    }

    @Override
    public String toString() {
        return value;
    }
}
