package nl.kring.session;

import java.time.Instant;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;

/** A line in a group's list of sessions. */
public record SessionSummary(SessionId id, String title, Instant scheduledAt, SessionStatus status, int stepCount) {
}
