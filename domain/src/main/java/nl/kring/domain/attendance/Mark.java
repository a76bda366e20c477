package nl.kring.domain.attendance;

import java.time.Instant;
import java.util.Objects;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.SessionId;

/** One person's attendance at one session that was held. */
public record Mark(SessionId session, GroupId group, Instant at, ParticipantId participant, AttendanceStatus status) {

    public Mark {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(status, "status");
    }

    public boolean present() {
        return status == AttendanceStatus.PRESENT;
    }
}
