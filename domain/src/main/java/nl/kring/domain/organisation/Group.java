package nl.kring.domain.organisation;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A group (gesprekskring): a circle of participants that meets in sessions, led by one or
 * more facilitators and co-led by experience experts.
 *
 * @param description    where and when the group meets, free text for staff
 * @param facilitators      staff who lead the group (role FACILITATOR)
 * @param experienceExperts staff who co-lead the group (role EXPERIENCE_EXPERT)
 */
public record Group(
        GroupId id,
        OrganisationId organisationId,
        GroupName name,
        String description,
        Set<StaffId> facilitators,
        Set<StaffId> experienceExperts,
        boolean archived,
        long version) {

    public static final int MAX_DESCRIPTION_LENGTH = 500;

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(name, "name");
        description = Texts.optionalText("description", description, MAX_DESCRIPTION_LENGTH);
        facilitators = Set.copyOf(facilitators);
        experienceExperts = Set.copyOf(experienceExperts);
        if (facilitators.stream().anyMatch(experienceExperts::contains)) {
            throw new InvalidValueException("staff", "validation.staff-twice");
        }
    }

    public static Group create(OrganisationId organisationId, GroupName name, String description) {
        return new Group(GroupId.newId(), organisationId, name, description, Set.of(), Set.of(), false, 0);
    }

    public Group withDetails(GroupName newName, String newDescription) {
        return new Group(id, organisationId, newName, newDescription, facilitators, experienceExperts, archived, version);
    }

    /**
     * Assigns staff to this group. Only accounts of this organisation with the matching
     * role may be assigned; the caller checks the role, this checks the organisation.
     */
    public Group withStaff(Set<StaffAccount> newFacilitators, Set<StaffAccount> newExperienceExperts) {
        Set<StaffId> facilitatorIds = idsOf(newFacilitators, Role.FACILITATOR);
        Set<StaffId> expertIds = idsOf(newExperienceExperts, Role.EXPERIENCE_EXPERT);
        return new Group(id, organisationId, name, description, facilitatorIds, expertIds, archived, version);
    }

    /** Is this staff member assigned to the group (as facilitator or experience expert)? */
    public boolean isAssigned(StaffId staffId) {
        return facilitators.contains(staffId) || experienceExperts.contains(staffId);
    }

    private Set<StaffId> idsOf(Set<StaffAccount> accounts, Role expectedRole) {
        Set<StaffId> ids = new LinkedHashSet<>();
        for (StaffAccount account : accounts) {
            if (!account.organisationId().equals(organisationId) || account.role() != expectedRole) {
                throw new InvalidValueException("staff", "validation.staff-role");
            }
            ids.add(account.id());
        }
        return ids;
    }
}
