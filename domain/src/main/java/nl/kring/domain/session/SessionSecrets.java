package nl.kring.domain.session;

/**
 * Port: one random secret per live session, from which the keys that keep "one mark per
 * person" and "who holds which card" are derived without storing who. It is destroyed when
 * the session ends, and with it every way back from those keys to a person.
 */
public interface SessionSecrets {

    /** The session's secret, created on first use (32 random bytes). */
    byte[] secretOf(SessionId session);

    void destroy(SessionId session);
}
