package nl.kring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Is either the account or the address over its limit right now? */
    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return overLimit(accountKey(username), now) || overLimit(addressKey(address), now);
    }

    /** Counts one failed sign-in for the account name and the address. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                prune(times, now);
            }
        }
    }

    /** Forgets attempts older than an hour, so that memory stays bounded. */
    @Scheduled(fixedDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    public void forgetOldAttempts() {
        Instant now = clock.instant();
        failures.values().forEach(times -> {
            synchronized (times) {
                prune(times, now);
            }
        });
        failures.values().removeIf(Deque::isEmpty);
    }

    private boolean overLimit(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            long lastMinute = times.stream().filter(t -> t.isAfter(now.minus(MINUTE))).count();
            return lastMinute >= PER_MINUTE || times.size() >= PER_HOUR;
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant hourAgo = now.minus(HOUR);
        while (!times.isEmpty() && !times.peekFirst().isAfter(hourAgo)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
