package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.kring.domain.session.AttendanceStatus;

@Entity
@Table(name = "attendance")
class AttendanceEntity {

    @Embeddable
    record Key(@Column(name = "session_id") UUID sessionId, @Column(name = "participant_id") UUID participantId)
            implements Serializable {
    }

    @EmbeddedId
    Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    AttendanceStatus status;

    @Column(name = "reason", nullable = false, length = 200)
    String reason;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
