package nl.kring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (an account name, a client address) in a sliding window
 * of one minute and one hour. In memory: each node counts its own (docs/adr/0002).
 */
public final class AttemptCounter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int perMinute;
    private final int perHour;
    private final Clock clock;

    public AttemptCounter(int perMinute, int perHour, Clock clock) {
        this.perMinute = perMinute;
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Has this key used up its attempts for now? */
    public boolean isBlocked(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, now);
            long lastMinute = times.stream().filter(t -> t.isAfter(now.minus(MINUTE))).count();
            return lastMinute >= perMinute || times.size() >= perHour;
        }
    }

    public void recordFailure(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            prune(times, now);
        }
    }

    /** Forgets attempts older than an hour, so that memory stays bounded. */
    public void forgetOldAttempts() {
        Instant now = clock.instant();
        failures.values().forEach(times -> {
            synchronized (times) {
                prune(times, now);
            }
        });
        failures.values().removeIf(Deque::isEmpty);
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant hourAgo = now.minus(HOUR);
        while (!times.isEmpty() && !times.peekFirst().isAfter(hourAgo)) {
            times.removeFirst();
        }
    }
}
