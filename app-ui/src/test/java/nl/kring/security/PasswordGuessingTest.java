package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import nl.kring.domain.shared.AttemptLog;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.MovingClock;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Scenario 6 of the fault suite (docs/reliability.md): password guessing against a real
 * account (real accounts, real password hashing), with a clock the test moves. At most 100
 * guesses an hour reach the password check, from however many addresses; after the lock
 * the owner signs in with the right password.
 */
class PasswordGuessingTest extends KringTestBase {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AttemptLog attempts;

    private static final KnownBrowsers KNOWN = new KnownBrowsers("een-sleutel-van-minstens-32-tekens-lang");
    private final MovingClock clock = new MovingClock();

    @Test
    void aThousandGuessesWithinAnHourFromManyAddressesGetAtMostAHundredTriesAndTheOwnerGetsInAfterwards() {
        ThrottledAuthenticationProvider signIn = new ThrottledAuthenticationProvider(users, encoder,
                new LoginThrottle(clock), KNOWN);
        int checked = 0;
        int throttled = 0;
        for (int guess = 0; guess < 1_000; guess++) {
            try {
                signIn.authenticate(attempt("a-expert", "raden-" + guess, "203.0.113." + guess % 250));
            } catch (LoginThrottledException e) {
                throttled++;
            } catch (BadCredentialsException e) {
                checked++;
            }
            clock.advance(Duration.ofSeconds(3)); // 1,000 guesses in 50 minutes
        }
        assertThat(checked).isLessThanOrEqualTo(100);
        assertThat(throttled).isEqualTo(1_000 - checked);
        // locked now for a browser the account never signed in with, even with the right password
        assertThatThrownBy(() -> signIn.authenticate(attempt("a-expert", TestStaff.PASSWORD, "192.0.2.10")))
                .isInstanceOf(LoginThrottledException.class);
        // but the stranger's guesses do not keep the owner out of their own, known browser (issue 21)
        Cookie ownLaptop = KNOWN.cookieFor("a-expert", "/", false);
        assertThat(signIn.authenticate(attempt("a-expert", TestStaff.PASSWORD, "192.0.2.10", ownLaptop))
                .isAuthenticated()).isTrue();
        // a cookie of another account, or a forged one, is no help
        Cookie forged = new Cookie(KnownBrowsers.COOKIE, ownLaptop.getValue().replaceFirst("\\.[^.]*$", ".0000"));
        assertThatThrownBy(() -> signIn.authenticate(attempt("a-expert", TestStaff.PASSWORD, "192.0.2.10", forged)))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("a-expert", TestStaff.PASSWORD, "192.0.2.10",
                KNOWN.cookieFor("a-other", "/", false)))).isInstanceOf(LoginThrottledException.class);
        // another account is not locked by it
        assertThat(signIn.authenticate(attempt("a-other", TestStaff.PASSWORD, "192.0.2.11")).isAuthenticated())
                .isTrue();
        // once the hour is over, the owner gets in
        clock.advance(Duration.ofMinutes(61));
        Authentication owner = signIn.authenticate(attempt("a-expert", TestStaff.PASSWORD, "192.0.2.10"));
        assertThat(owner.isAuthenticated()).isTrue();
        assertThat(owner.getName()).isEqualTo("a-expert");
    }

    @Test
    void tenQuickGuessesLockTheAccountForAMinuteOnly() {
        ThrottledAuthenticationProvider signIn = new ThrottledAuthenticationProvider(users, encoder,
                new LoginThrottle(clock), KNOWN);
        for (int guess = 0; guess < 10; guess++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("a-other", "fout", "198.51.100.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("a-other", TestStaff.PASSWORD, "192.0.2.20")))
                .isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn.authenticate(attempt("a-other", TestStaff.PASSWORD, "192.0.2.20")).isAuthenticated())
                .isTrue();
    }

    @Test
    void twoNodesShareOneBudgetBecauseTheyCountInTheSameDatabase() {
        LoginThrottle nodeA = new LoginThrottle(clock, attempts);
        LoginThrottle nodeB = new LoginThrottle(clock, attempts);
        for (int i = 0; i < 5; i++) {
            nodeA.recordFailure("gedeeld-budget", "198.51.100.7");
            nodeB.recordFailure("gedeeld-budget", "198.51.100.8");
        }
        assertThat(nodeA.isBlocked("gedeeld-budget", "203.0.113.99")).isTrue();
        assertThat(nodeB.isBlocked("gedeeld-budget", "203.0.113.99")).isTrue();
        clock.advance(Duration.ofSeconds(61));
        assertThat(nodeB.isBlocked("gedeeld-budget", "203.0.113.99")).isFalse();
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        return attempt(username, password, address, null);
    }

    /**
     * An attempt as the sign-in request brings it; with {@code knownBrowser}, the cookie of a
     * browser an account signed in with before. The request is the current one, as in a real sign-in.
     */
    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address,
                                                               Cookie knownBrowser) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        if (knownBrowser != null) {
            request.setCookies(knownBrowser);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    @AfterEach
    void noCurrentRequest() {
        RequestContextHolder.resetRequestAttributes();
    }
}
