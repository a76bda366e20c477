package nl.kring.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends live sessions that nobody ended: after {@code kring.session.idle-end} (default 4 hours)
 * without any change (no step, answer, tablet arriving or leaving), a session ends as if its
 * facilitator had ended it — results kept, join code dead, secrets and marks destroyed,
 * absences recorded — and the console and tablets say it ended by itself. Not a service a
 * person calls: Kring itself runs it every minute, on every node (ending twice is harmless).
 */
@Component
class IdleSessions {

    private static final Logger LOG = LoggerFactory.getLogger(IdleSessions.class);

    private final SessionRepository sessions;
    private final LiveSessionService live;
    private final Duration idleLimit;
    private final Clock clock;

    IdleSessions(SessionRepository sessions, LiveSessionService live,
                 @Value("${kring.session.idle-end:4h}") Duration idleLimit, Clock clock) {
        if (idleLimit.isNegative() || idleLimit.isZero()) {
            throw new IllegalStateException("KRING_SESSION_IDLE_END must be longer than zero, e.g. 4h");
        }
        this.sessions = sessions;
        this.live = live;
        this.idleLimit = idleLimit;
        this.clock = clock;
    }

    /** Every {@code kring.session.idle-check} (default a minute; tests look sooner). */
    @Scheduled(fixedDelayString = "${kring.session.idle-check:1m}", initialDelayString = "${kring.session.idle-check:1m}")
    void endIdleSessions() {
        try {
            endThoseIdleAt(clock.instant());
        } catch (RuntimeException e) {
            // the database is away for a moment: the next minute tries again
            LOG.debug("Idle sessions not checked: {}", e.toString());
        }
    }

    /** Ends every live session without activity for the idle limit before {@code now}; returns how many. */
    int endThoseIdleAt(Instant now) {
        int ended = 0;
        for (SessionId id : sessions.findLiveIdleSince(now.minus(idleLimit))) {
            if (live.endBecauseIdle(id, now.minus(idleLimit))) {
                LOG.info("Session {} ended by itself after {} without activity", id, idleLimit);
                ended++;
            }
        }
        return ended;
    }

    Duration idleLimit() {
        return idleLimit;
    }
}
