package nl.kring.persistence.session;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How long a change of this node takes to come back through PostgreSQL NOTIFY: the lag
 * another node's screens have on top of this node's own (docs/reliability.md). Each node
 * hears its own notifications too, so it can time them without trusting another clock.
 * Only the most recent changes are remembered; one never heard back (a lost relay) is
 * forgotten when the memory is full.
 */
@Component
class RelayRoundTrip {

    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    /** This node's change {@code payload} was committed now. */
    void sent(String payload) {
        if (sentAt.size() >= MAX_REMEMBERED) {
            sentAt.clear();
        }
        sentAt.put(payload, System.nanoTime());
    }

    /** The relay heard {@code payload}: how long after its commit, if it was this node's. */
    Optional<Duration> heard(String payload) {
        Long sent = sentAt.remove(payload);
        return sent == null ? Optional.empty() : Optional.of(Duration.ofNanos(System.nanoTime() - sent));
    }
}
