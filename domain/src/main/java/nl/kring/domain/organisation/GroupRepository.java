package nl.kring.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Port: stores groups with their staff assignments. */
public interface GroupRepository {

    Optional<Group> findById(GroupId id);

    /** All groups of an organisation, sorted by name. */
    List<Group> findByOrganisation(OrganisationId organisationId);

    /** The groups a staff member is assigned to, sorted by name. */
    List<Group> findByAssignedStaff(StaffId staffId);

    /** Is there another group in the organisation with this name (ignoring case)? */
    boolean existsByName(OrganisationId organisationId, GroupName name, GroupId except);

    /** Saves and returns the stored group (with its new version). */
    Group save(Group group);
}
