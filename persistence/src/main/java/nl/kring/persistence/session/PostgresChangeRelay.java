package nl.kring.persistence.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kring.domain.session.SessionChangeListener;
import nl.kring.domain.session.SessionId;
import nl.kring.persistence.support.DedicatedConnection;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the changes that other Kring nodes make, through PostgreSQL {@code LISTEN} on one
 * connection of its own (outside the pool, so it never starves the application). When
 * that connection breaks it reconnects with a growing pause and tells the listeners that
 * changes may have been missed, so that they catch up from the database.
 */
@Component
class PostgresChangeRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);
    /** How long one wait for notifications lasts; after it, the connection is checked. */
    private static final int POLL_MILLIS = 5_000;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final ObjectProvider<SessionChangeListener> listeners;
    private final RelayRoundTrip roundTrip;
    /** kring.relay.lag: this node's own changes heard back through PostgreSQL (RelayRoundTrip). */
    private final Timer lag;
    /** kring.relay.reconnects: the LISTEN connection was lost and made again. */
    private final Counter reconnects;
    private volatile boolean running;
    private Thread thread;

    PostgresChangeRelay(DataSource dataSource, ObjectProvider<SessionChangeListener> listeners,
                        RelayRoundTrip roundTrip, ObjectProvider<MeterRegistry> meters) {
        this.dataSource = dataSource;
        this.listeners = listeners;
        this.roundTrip = roundTrip;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.lag = Timer.builder("kring.relay.lag")
                .description("From a change's commit on this node to hearing it through PostgreSQL NOTIFY")
                .publishPercentileHistogram().register(registry);
        this.reconnects = Counter.builder("kring.relay.reconnects")
                .description("Times the connection for live changes between nodes was made again after a loss")
                .register(registry);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("kring-change-relay").start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenUntilStopped() {
        Duration pause = Duration.ofMillis(250);
        boolean lostBefore = false;
        while (running) {
            try (Connection connection = openDedicatedConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PostgresSessionEvents.CHANNEL);
                }
                if (lostBefore) {
                    log.info("Connection for live changes between nodes is back");
                    reconnects.increment();
                }
                // also on the first connect: a node that starts late may have UIs from before a restart
                listeners.forEach(SessionChangeListener::changesMayHaveBeenMissed);
                pause = Duration.ofMillis(250);
                lostBefore = false;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lostBefore) {
                    log.warn("Connection for live changes between nodes lost ({}); reconnecting", e.getMessage());
                }
                lostBefore = true;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications == null || notifications.length == 0) {
                // a dead connection does not wake getNotifications: ask something to find out
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                roundTrip.heard(notification.getParameter()).ifPresent(lag::record);
                deliver(notification.getParameter());
            }
        }
    }

    private void deliver(String payload) {
        int colon = payload.indexOf(':');
        try {
            SessionId session = new SessionId(UUID.fromString(payload.substring(0, colon)));
            long sequence = Long.parseLong(payload.substring(colon + 1));
            listeners.forEach(listener -> listener.sessionChanged(session, sequence));
        } catch (RuntimeException e) {
            log.warn("Ignored a malformed live change notification");
        }
    }

    private Connection openDedicatedConnection() throws SQLException {
        return DedicatedConnection.open(dataSource, "kring-change-relay", 5, 30);
    }
}
