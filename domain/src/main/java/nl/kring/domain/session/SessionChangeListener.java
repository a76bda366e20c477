package nl.kring.domain.session;

/** Hears the changes that {@link SessionEvents} announces, from this node and from others. */
public interface SessionChangeListener {

    void sessionChanged(SessionId sessionId, long sequence);

    /**
     * The connection that carries changes between nodes was lost and is back: changes may
     * have been missed, so re-read what matters from the database.
     */
    void changesMayHaveBeenMissed();
}
