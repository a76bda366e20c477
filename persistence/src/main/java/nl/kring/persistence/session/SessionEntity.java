package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.kring.domain.session.SessionStatus;

@Entity
@Table(name = "kring_session")
class SessionEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "group_id", nullable = false)
    UUID groupId;

    @Column(name = "title", nullable = false, length = 120)
    String title;

    @Column(name = "scheduled_at", nullable = false)
    Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    SessionStatus status;

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
