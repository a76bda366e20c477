package nl.kring.live;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import nl.kring.domain.session.TabletRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps "connected now" true on the console while a tablet's page is open on this node:
 * every {@value #EVERY_SECONDS} seconds, one update for all of this node's open tablets.
 * A node that stops stops reporting, and its tablets fade to "not connected" after
 * {@code LiveSessionReader.CONNECTED_WITHIN}.
 */
@Component
class TabletPresence {

    static final int EVERY_SECONDS = 15;

    private final SessionBroadcaster broadcaster;
    private final TabletRepository tablets;
    private final Clock clock;

    TabletPresence(SessionBroadcaster broadcaster, TabletRepository tablets, Clock clock) {
        this.broadcaster = broadcaster;
        this.tablets = tablets;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = EVERY_SECONDS, timeUnit = TimeUnit.SECONDS)
    void report() {
        try {
            tablets.markSeen(broadcaster.openTablets(), clock.instant());
        } catch (RuntimeException e) {
            // the database is away for a moment; the next round reports again
        }
    }
}
