package nl.kring.organisation;

import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.PasswordPolicy;

/**
 * The checks shared by the start-up setups (the first organisation, the platform
 * administrator): a variable that is not a username or a password that is too weak stops
 * Kring with one sentence naming the variable ({@link SetupRefusedException}).
 */
final class SetupChecks {

    private SetupChecks() {
    }

    static Username username(String variable, String value) {
        try {
            return new Username(value);
        } catch (InvalidValueException notAName) {
            throw new SetupRefusedException(variable + " '" + value + "' is not a username:"
                    + " use 3 to 60 letters, digits, dots, dashes, underscores or @.");
        }
    }

    static void password(String variable, String password, Username username) {
        try {
            PasswordPolicy.check(variable, password, username.value());
        } catch (InvalidValueException weak) {
            throw new SetupRefusedException(variable + " is " + (password.isEmpty() ? "not set" : "too weak")
                    + ": set it to a password of at least " + PasswordPolicy.MIN_LENGTH + " characters (at most "
                    + PasswordPolicy.MAX_BYTES + " bytes) that is not the username; it is changed at first sign-in.");
        }
    }
}
