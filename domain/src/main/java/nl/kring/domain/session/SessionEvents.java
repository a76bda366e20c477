package nl.kring.domain.session;

import java.util.Collection;
import java.util.Map;

/**
 * Port: tells every Kring node that a live session changed. A change carries only the
 * session id and a per-session sequence number; a node that hears it re-reads the session
 * from the database. Delivery happens after the surrounding transaction commits, so a
 * node never reads a change that is not yet stored.
 */
public interface SessionEvents {

    /** Counts one change of the session (inside the current transaction) and announces it after commit. */
    long recordChange(SessionId sessionId);

    /** The last sequence number of each session, to catch up after a lost connection. */
    Map<SessionId, Long> lastSequences(Collection<SessionId> sessionIds);
}
