package nl.kring.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "session_step")
class StepEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "position", nullable = false)
    int position;

    @Column(name = "activity_type", nullable = false, length = 40)
    String activityType;

    @Column(name = "settings", nullable = false)
    String settings;

    @Column(name = "timer_seconds")
    Integer timerSeconds;
}
