package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tablet")
class TabletEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "session_id", nullable = false)
    UUID sessionId;

    @Column(name = "token_hash", nullable = false, length = 64)
    String tokenHash;

    @Column(name = "participant_id")
    UUID participantId;

    @Column(name = "newcomer_name", length = 60)
    String newcomerName;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;

    @Column(name = "claimed_participant_id")
    UUID claimedId;

    @Column(name = "bound_at")
    Instant boundAt;

    @Column(name = "confirmed_at")
    Instant confirmedAt;

    @Column(name = "blocked", nullable = false)
    boolean blocked;
}
