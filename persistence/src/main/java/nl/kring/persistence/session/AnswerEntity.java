package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.kring.domain.session.Distress;

@Entity
@Table(name = "answer")
class AnswerEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "session_id", nullable = false)
    UUID sessionId;

    @Column(name = "step_id", nullable = false)
    UUID stepId;

    @Column(name = "question", nullable = false)
    int question;

    @Column(name = "participant_id")
    UUID participantId;

    @Column(name = "text", nullable = false, length = 500)
    String text;

    @Column(name = "submission_key", nullable = false)
    UUID submissionKey;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "distress", nullable = false)
    Distress distress;

    @Column(name = "awaits_showing", nullable = false)
    boolean awaitsShowing;
}
