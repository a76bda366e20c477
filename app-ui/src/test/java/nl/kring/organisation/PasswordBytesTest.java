package nl.kring.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.kring.base.KringI18NProvider;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are measured as bcrypt measures them (issue 21): in bytes of UTF-8. Forty "é"
 * are 40 characters but 80 bytes; they were let through and then made the encoder throw.
 */
class PasswordBytesTest extends KringTestBase {

    @Autowired
    StaffService staff;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SignedIn signedIn;

    @Test
    void aPasswordTooLongInBytesIsRefusedWithASentenceAndOneThatFitsWorks() {
        String fortyAccents = "é".repeat(40);
        assertThatThrownBy(() -> signedIn.as("a-coordinator",
                () -> staff.create("lotte.bytes", "Lotte", Role.FACILITATOR, fortyAccents)))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("password");
                    assertThat(new KringI18NProvider().getTranslation(refused.messageKey(), Locale.of("nl"),
                            refused.arguments())).isEqualTo("Het wachtwoord is te lang. Er passen 72 gewone letters"
                            + " en cijfers in, of 36 letters met een accent (zoals é). Kies een korter wachtwoord.");
                });
        assertThat(accounts.findByUsername(new Username("lotte.bytes"))).isEmpty();

        String thirtySixAccents = "é".repeat(36);
        StaffAccount lotte = signedIn.as("a-coordinator",
                () -> staff.create("lotte.bytes", "Lotte", Role.FACILITATOR, thirtySixAccents));
        assertThat(encoder.matches(thirtySixAccents, lotte.passwordHash())).isTrue();
        assertThat(encoder.matches("é".repeat(35), lotte.passwordHash())).isFalse();
        // 72 plain letters still fit
        signedIn.as("a-coordinator", () -> staff.resetPassword(lotte.id(), "a".repeat(72)));
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> staff.resetPassword(lotte.id(), "a".repeat(73))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("validation.password-long"));
    }
}
