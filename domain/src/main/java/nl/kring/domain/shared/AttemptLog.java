package nl.kring.domain.shared;

import java.time.Instant;

/**
 * Port: failed attempts (a wrong password, a wrong join code) by key, kept for an hour. The
 * PostgreSQL one is shared by every node, so that two nodes do not double a budget
 * (docs/adr/0002).
 */
public interface AttemptLog {

    /** How many failures of the key were recorded after each instant. */
    record Counts(int sinceMinuteAgo, int sinceHourAgo) {
    }

    Counts count(String key, Instant minuteAgo, Instant hourAgo);

    void record(String key, Instant at);

    /** Forgets everything recorded before {@code before}. */
    void forgetBefore(Instant before);
}
