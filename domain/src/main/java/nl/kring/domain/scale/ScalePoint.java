package nl.kring.domain.scale;

import java.time.Instant;
import nl.kring.domain.session.SessionId;

/** A person's own earlier answer: when the session was, which question, which number. */
public record ScalePoint(SessionId session, Instant sessionAt, String questionText, int value) {
}
