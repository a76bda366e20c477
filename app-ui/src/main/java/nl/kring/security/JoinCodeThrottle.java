package nl.kring.security;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
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

    public JoinCodeThrottle() {
        this(Clock.systemUTC());
    }

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
        failures.forgetOldAttempts();
    }
}
