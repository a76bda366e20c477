package nl.kring.security;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins, per account name and per client address: at most
 * {@value #PER_MINUTE} a minute and {@value #PER_HOUR} an hour. Account names are throttled
 * whether or not the account exists, so the lock reveals nothing.
 * <p>
 * Kept in memory: each node counts its own attempts (see docs/adr/0002). A sign-in that
 * succeeds does not reset the count, so an attacker who knows one password cannot use it
 * to keep guessing others from the same address.
 */
@Component
public class LoginThrottle {

    static final int PER_MINUTE = 10;
    static final int PER_HOUR = 100;

    private final AttemptCounter failures;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.failures = new AttemptCounter(PER_MINUTE, PER_HOUR, clock);
    }

    /** Is either the account or the address over its limit right now? */
    public boolean isBlocked(String username, String address) {
        return failures.isBlocked(accountKey(username)) || failures.isBlocked(addressKey(address));
    }

    /** Counts one failed sign-in for the account name and the address. */
    public void recordFailure(String username, String address) {
        failures.recordFailure(accountKey(username));
        failures.recordFailure(addressKey(address));
    }

    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    public void forgetOldAttempts() {
        failures.forgetOldAttempts();
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
