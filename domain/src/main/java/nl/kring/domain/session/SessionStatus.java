package nl.kring.domain.session;

/** The lifecycle of a session: planned, then live, then ended. */
public enum SessionStatus {
    PLANNED,
    LIVE,
    ENDED
}
