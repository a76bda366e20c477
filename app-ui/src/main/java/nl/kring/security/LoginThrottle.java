package nl.kring.security;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.kring.domain.shared.AttemptLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins: at most {@value #PER_MINUTE} a minute and {@value #PER_HOUR} an hour
 * per account name and per client address, counted in PostgreSQL so that every node counts
 * the same (docs/adr/0002). Account names are throttled whether or not the account exists, so
 * the lock reveals nothing. A sign-in that succeeds does not reset the count, so an attacker
 * who knows one password cannot use it to keep guessing others from the same address.
 * <p>
 * A stranger's wrong passwords must not keep the owner out: a browser in which the account
 * was signed in before ({@link KnownBrowsers}) is counted on its own — per account and that
 * browser — and is not blocked by failures from elsewhere.
 */
@Component
public class LoginThrottle {

    static final int PER_MINUTE = 10;
    static final int PER_HOUR = 100;

    private final AttemptCounter failures;

    @Autowired
    public LoginThrottle(Clock clock, AttemptLog shared) {
        this.failures = new AttemptCounter(PER_MINUTE, PER_HOUR, clock, shared);
    }

    /** Counted in memory (unit tests). */
    LoginThrottle(Clock clock) {
        this.failures = new AttemptCounter(PER_MINUTE, PER_HOUR, clock);
    }

    /** Is either the account or the address over its limit right now (for a browser not known to the account)? */
    public boolean isBlocked(String username, String address) {
        return isBlocked(username, address, null);
    }

    /**
     * @param knownBrowser the verified id of a browser the account signed in with before, or {@code null}
     */
    public boolean isBlocked(String username, String address, String knownBrowser) {
        if (knownBrowser != null) {
            return failures.isBlocked(knownKey(username, knownBrowser));
        }
        return failures.isBlocked(accountKey(username)) || failures.isBlocked(addressKey(address));
    }

    /** Counts one failed sign-in for the account name and the address. */
    public void recordFailure(String username, String address) {
        recordFailure(username, address, null);
    }

    public void recordFailure(String username, String address, String knownBrowser) {
        if (knownBrowser != null) {
            failures.recordFailure(knownKey(username, knownBrowser));
            return;
        }
        failures.recordFailure(accountKey(username));
        failures.recordFailure(addressKey(address));
    }

    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    public void forgetOldAttempts() {
        try {
            failures.forgetOldAttempts();
        } catch (RuntimeException databaseAway) {
            // the next round tries again
        }
    }

    private static String accountKey(String username) {
        return "account:" + normalised(username);
    }

    private static String knownKey(String username, String knownBrowser) {
        return "known:" + normalised(username) + ":" + knownBrowser;
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
