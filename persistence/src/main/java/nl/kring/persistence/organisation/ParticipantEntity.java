package nl.kring.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.kring.domain.organisation.ParticipantStatus;

@Entity
@Table(name = "participant")
class ParticipantEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "group_id", nullable = false)
    UUID groupId;

    @Column(name = "display_name", nullable = false, length = 60)
    String displayName;

    @Column(name = "private_note", nullable = false, length = 1000)
    String privateNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    ParticipantStatus status;

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
