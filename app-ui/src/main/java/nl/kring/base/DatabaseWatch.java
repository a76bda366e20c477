package nl.kring.base;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.kring.domain.shared.DatabaseProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the database every second whether it answers, and tells every open screen when
 * that changes, so that people see within seconds that Kring cannot reach its data (and
 * that it is back) instead of finding out by losing a click. Not a service: it holds no
 * data and nobody calls it with a request; screens only subscribe.
 */
@Component
public class DatabaseWatch {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    /** One failed check can be a blip; two in a row (about 2–4 s) are worth telling everyone. */
    private static final int FAILURES_BEFORE_TELLING = 2;

    private final DatabaseProbe probe;
    private final Set<Consumer<Boolean>> screens = ConcurrentHashMap.newKeySet();
    private volatile boolean reachable = true;
    private int failuresInARow;

    DatabaseWatch(DatabaseProbe probe) {
        this.probe = probe;
    }

    /** Whether the database answered at the last check. */
    public boolean reachable() {
        return reachable;
    }

    /** {@code screen} hears {@code true}/{@code false} on every change, until the returned handle is run. */
    public Runnable subscribe(Consumer<Boolean> screen) {
        screens.add(screen);
        return () -> screens.remove(screen);
    }

    @Scheduled(fixedDelay = 1_000, initialDelay = 5_000)
    void check() {
        boolean answered = probe.answers();
        failuresInARow = answered ? 0 : failuresInARow + 1;
        boolean now = answered || failuresInARow < FAILURES_BEFORE_TELLING && reachable;
        if (now == reachable) {
            return;
        }
        reachable = now;
        if (now) {
            log.info("The database answers again");
        } else {
            log.warn("The database does not answer; every screen shows that Kring cannot reach its data");
        }
        screens.forEach(screen -> screen.accept(now));
    }
}
