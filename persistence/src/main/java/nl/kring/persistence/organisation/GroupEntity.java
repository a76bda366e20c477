package nl.kring.persistence.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "kring_group")
class GroupEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "organisation_id", nullable = false)
    UUID organisationId;

    @Column(name = "name", nullable = false, length = 80)
    String name;

    @Column(name = "description", nullable = false, length = 500)
    String description;

    @Column(name = "archived", nullable = false)
    boolean archived;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_staff", joinColumns = @JoinColumn(name = "group_id"))
    Set<GroupStaffEmbeddable> staff = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    Long version;
}
