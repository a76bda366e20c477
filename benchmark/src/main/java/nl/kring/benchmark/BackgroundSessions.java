package nl.kring.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the other sessions busy while one is measured: each moves to the other step every
 * {@value #EVERY_SECONDS} seconds (spread out), written the way Kring writes a change — the
 * step and the sequence number in one transaction, then {@code pg_notify} — so that every
 * node re-reads the session and pushes it to its tablets exactly as after a facilitator's click.
 */
final class BackgroundSessions implements AutoCloseable {

    static final int EVERY_SECONDS = 5;
    private static final int TICK_MILLIS = 100;

    private final List<UUID> sessions = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final Connection db;
    private long tick;

    BackgroundSessions(String url, String user, String password) throws SQLException {
        db = DriverManager.getConnection(url, user, password);
        db.setAutoCommit(false);
        ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void add(UUID session) {
        sessions.add(session);
    }

    /** Every tick, the sessions whose turn it is (each session once per EVERY_SECONDS). */
    private void tick() {
        long slots = EVERY_SECONDS * 1000L / TICK_MILLIS;
        long slot = tick++ % slots;
        for (int i = 0; i < sessions.size(); i++) {
            if (i % slots == slot) {
                change(sessions.get(i));
            }
        }
    }

    private void change(UUID session) {
        try (PreparedStatement update = db.prepareStatement("update kring_session set current_step = 1 - current_step,"
                + " event_sequence = event_sequence + 1 where id = ? returning event_sequence");
             PreparedStatement notify = db.prepareStatement("select pg_notify('kring_session', ?)")) {
            update.setObject(1, session);
            long sequence;
            try (ResultSet result = update.executeQuery()) {
                result.next();
                sequence = result.getLong(1);
            }
            notify.setString(1, session + ":" + sequence);
            notify.executeQuery().close();
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the next tick tries again
            }
        }
    }

    @Override
    public void close() throws SQLException {
        ticker.shutdownNow();
        db.close();
    }
}
