package nl.kring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kring.domain.shared.AttemptLog;

/**
 * Counts failed attempts per key (an account name, a client address) in a sliding window
 * of one minute and one hour. Kept in an {@link AttemptLog}: PostgreSQL for sign-ins and join
 * codes, so every node counts the same (docs/adr/0002); in memory for what is counted per
 * tablet on one node (photos).
 */
public final class AttemptCounter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final AttemptLog log;
    private final int perMinute;
    private final int perHour;
    private final Clock clock;

    /** Counted in this node's memory. */
    public AttemptCounter(int perMinute, int perHour, Clock clock) {
        this(perMinute, perHour, clock, new InMemory());
    }

    public AttemptCounter(int perMinute, int perHour, Clock clock, AttemptLog log) {
        this.perMinute = perMinute;
        this.perHour = perHour;
        this.clock = clock;
        this.log = log;
    }

    /** Has this key used up its attempts for now? */
    public boolean isBlocked(String key) {
        Instant now = clock.instant();
        AttemptLog.Counts counts = log.count(key, now.minus(MINUTE), now.minus(HOUR));
        return counts.sinceMinuteAgo() >= perMinute || counts.sinceHourAgo() >= perHour;
    }

    public void recordFailure(String key) {
        log.record(key, clock.instant());
    }

    /** Forgets attempts older than an hour, so that what is kept stays bounded. */
    public void forgetOldAttempts() {
        log.forgetBefore(clock.instant().minus(HOUR));
    }

    /** One node's memory. */
    private static final class InMemory implements AttemptLog {

        private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

        @Override
        public Counts count(String key, Instant minuteAgo, Instant hourAgo) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                return new Counts(0, 0);
            }
            synchronized (times) {
                return new Counts((int) times.stream().filter(t -> t.isAfter(minuteAgo)).count(),
                        (int) times.stream().filter(t -> t.isAfter(hourAgo)).count());
            }
        }

        @Override
        public void record(String key, Instant at) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(at);
                while (!times.peekFirst().isAfter(at.minus(HOUR))) {
                    times.removeFirst();
                }
            }
        }

        @Override
        public void forgetBefore(Instant before) {
            failures.values().forEach(times -> {
                synchronized (times) {
                    while (!times.isEmpty() && !times.peekFirst().isAfter(before)) {
                        times.removeFirst();
                    }
                }
            });
            failures.values().removeIf(Deque::isEmpty);
        }
    }
}
