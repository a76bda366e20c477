package nl.kring.domain.session;

import java.util.Objects;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.shared.Texts;

/** One participant's attendance at one session. */
public record Attendance(SessionId sessionId, ParticipantId participantId, AttendanceStatus status, String reason) {

    public static final int MAX_REASON_LENGTH = 200;

    public Attendance {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(status, "status");
        reason = Texts.optionalText("reason", reason, MAX_REASON_LENGTH);
    }
}
