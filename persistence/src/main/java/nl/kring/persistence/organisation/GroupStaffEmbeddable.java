package nl.kring.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.organisation.Role;

/** One row of group_staff: a staff member assigned to a group in a role. */
@Embeddable
class GroupStaffEmbeddable {

    @Column(name = "staff_id", nullable = false)
    UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    Role role;

    protected GroupStaffEmbeddable() {
    }

    GroupStaffEmbeddable(UUID staffId, Role role) {
        this.staffId = staffId;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupStaffEmbeddable that && staffId.equals(that.staffId) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(staffId, role);
    }
}
