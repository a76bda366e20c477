package nl.kring.security;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import nl.kring.domain.shared.AttemptLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits wrong join codes per client address ({@value #PER_MINUTE} a minute,
 * {@value #PER_HOUR} an hour), so that the codes of live sessions cannot be found by
 * trying. Only wrong codes count: a room full of tablets behind one address that types
 * the right code is never slowed down.
 */
@Component
public class JoinCodeThrottle {

    static final int PER_MINUTE = 10;
    static final int PER_HOUR = 60;

    private final AttemptCounter failures;

    /** Counted in PostgreSQL: every node counts the same (docs/adr/0002). */
    @Autowired
    public JoinCodeThrottle(Clock clock, AttemptLog shared) {
        this.failures = new AttemptCounter(PER_MINUTE, PER_HOUR, clock, shared);
    }

    /** Counted in memory (unit tests). */
    JoinCodeThrottle(Clock clock) {
        this.failures = new AttemptCounter(PER_MINUTE, PER_HOUR, clock);
    }

    public boolean isBlocked(String address) {
        return failures.isBlocked(address);
    }

    public void recordWrongCode(String address) {
        failures.recordFailure(address);
    }

    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    public void forgetOldAttempts() {
        try {
            failures.forgetOldAttempts();
        } catch (RuntimeException databaseAway) {
            // the next round tries again
        }
    }
}
