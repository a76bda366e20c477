package nl.kring.persistence.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.session.SessionStatus;

/** A session with its plan and live state. The event sequence is written by {@link PostgresSessionEvents} only. */
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

    @Column(name = "join_code", length = 6)
    String joinCode;

    @Column(name = "screen_token", length = 64)
    String screenToken;

    @Column(name = "current_step", nullable = false)
    int currentStep;

    @Column(name = "timer_ends_at")
    Instant timerEndsAt;

    @Column(name = "join_code_shown", nullable = false)
    boolean joinCodeShown;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    @Column(name = "ended_by_itself")
    boolean endedByItself;

    @Column(name = "furthest_step")
    int furthestStep;

    @Column(name = "join_closes_at")
    Instant joinClosesAt;

    @Column(name = "join_closed")
    boolean joinClosed;

    @Column(name = "notes", nullable = false)
    String notes;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("position")
    List<StepEntity> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
