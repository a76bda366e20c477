package nl.kring.persistence.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.domain.session.SessionChangeListener;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts changes of live sessions in the session row and announces them: to this node
 * right after commit, and to every node (this one included) with PostgreSQL {@code NOTIFY},
 * which PostgreSQL itself delivers only after commit. Listeners ignore a sequence number
 * they have already seen, so hearing a change twice is harmless.
 */
@Component
class PostgresSessionEvents implements SessionEvents {

    static final String CHANNEL = "kring_session";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<SessionChangeListener> listeners;
    private final RelayRoundTrip roundTrip;

    PostgresSessionEvents(JdbcTemplate jdbc, ObjectProvider<SessionChangeListener> listeners,
                          RelayRoundTrip roundTrip) {
        this.jdbc = jdbc;
        this.listeners = listeners;
        this.roundTrip = roundTrip;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordChange(SessionId sessionId) {
        // the row lock serialises concurrent changes of one session: sequence numbers never repeat.
        // Every change is activity: a session without any for hours ends by itself (IdleSessions)
        Long sequence = jdbc.queryForObject(
                "update kring_session set event_sequence = event_sequence + 1, last_activity_at = now() "
                        + "where id = ? returning event_sequence",
                Long.class, sessionId.value());
        if (sequence == null) {
            throw new IllegalStateException("no session " + sessionId);
        }
        String payload = payload(sessionId, sequence);
        jdbc.query("select pg_notify(?, ?)", rs -> { }, CHANNEL, payload);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                roundTrip.sent(payload);
                listeners.forEach(listener -> listener.sessionChanged(sessionId, sequence));
            }
        });
        return sequence;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<SessionId, Long> lastSequences(Collection<SessionId> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = sessionIds.stream().map(SessionId::value).toArray(UUID[]::new);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, event_sequence from kring_session where id = any(?)", (Object) ids);
        return rows.stream().collect(Collectors.toMap(r -> new SessionId((UUID) r.get("id")),
                r -> ((Number) r.get("event_sequence")).longValue()));
    }

    static String payload(SessionId sessionId, long sequence) {
        return sessionId.value() + ":" + sequence;
    }
}
