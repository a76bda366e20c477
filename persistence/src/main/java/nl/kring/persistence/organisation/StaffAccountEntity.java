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
import nl.kring.domain.organisation.Role;

@Entity
@Table(name = "staff_account")
class StaffAccountEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;

    @Column(name = "username", nullable = false, length = 60)
    String username;

    @Column(name = "name", nullable = false, length = 60)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    Role role;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    @Column(name = "active", nullable = false)
    boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 10)
    Language language;

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
