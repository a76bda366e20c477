package nl.kring.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.kring.domain.organisation.Language;

@Entity
@Table(name = "organisation")
class OrganisationEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "name", nullable = false, length = 120)
    String name;

    @Column(name = "retention_months", nullable = false)
    int retentionMonths;

    @Column(name = "content_retention_months", nullable = false)
    int contentRetentionMonths;

    @Column(name = "suspended", nullable = false)
    boolean suspended;

    @Column(name = "platform", nullable = false)
    boolean platform;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 10)
    Language language;

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
