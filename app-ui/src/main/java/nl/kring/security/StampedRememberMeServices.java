package nl.kring.security;

import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * "Aangemeld blijven" cookies whose signature also covers the account's remember stamp
 * ({@link SignInStamps}): a new password, a change of rights, "Overal afmelden" and every
 * sign-out give the account a new stamp, so every cookie made before, also one copied to
 * another browser, no longer checks out. The password hash is covered as well (Spring's own).
 */
final class StampedRememberMeServices extends TokenBasedRememberMeServices {

    private final SignInStamps stamps;

    StampedRememberMeServices(String key, UserDetailsService users, SignInStamps stamps) {
        super(key, users);
        this.stamps = stamps;
    }

    @Override
    protected String makeTokenSignature(long tokenExpiryTime, String username, String password,
                                        RememberMeTokenAlgorithm algorithm) {
        return super.makeTokenSignature(tokenExpiryTime, username, password + ":" + rememberStamp(username), algorithm);
    }

    private String rememberStamp(String username) {
        try {
            return stamps.current(new Username(username)).map(current -> current.remember().toString()).orElse("");
        } catch (InvalidValueException malformed) {
            return "";
        }
    }
}
