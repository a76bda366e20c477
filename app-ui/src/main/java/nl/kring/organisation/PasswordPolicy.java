package nl.kring.organisation;

import nl.kring.domain.shared.InvalidValueException;

/**
 * What a password must be: long enough to resist guessing (NIST 800-63B favours length
 * over composition rules), and not absurdly long (bcrypt reads 72 bytes).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException(field, "validation.password-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "validation.too-long", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidValueException(field, "validation.password-is-username");
        }
    }
}
