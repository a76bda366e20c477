package nl.kring.security;

import java.nio.charset.StandardCharsets;
import nl.kring.domain.shared.InvalidValueException;

/**
 * What a password must be: long enough to resist guessing (NIST 800-63B favours length
 * over composition rules), and no longer than bcrypt reads: 72 bytes of UTF-8, which is 72
 * plain letters but only 36 letters like "é" (two bytes each). Counting characters let such
 * a password pass here and then fail in the encoder (issue 21).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** In bytes of UTF-8, as bcrypt counts. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidValueException(field, "validation.password-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException(field, "validation.password-long", MAX_BYTES, MAX_BYTES / 2);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidValueException(field, "validation.password-is-username");
        }
    }
}
