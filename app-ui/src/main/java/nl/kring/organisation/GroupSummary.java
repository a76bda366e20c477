package nl.kring.organisation;

import java.util.List;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.StaffId;

/** A group as listed for staff: its name, who leads it and how many people are on its roster. */
public record GroupSummary(GroupId id, String name, String description, List<StaffMember> facilitators,
                           List<StaffMember> experienceExperts, int activeParticipants, long version) {

    /** A staff member assigned to the group, with the name to show. */
    public record StaffMember(StaffId id, String name) {
    }

    public List<String> facilitatorNames() {
        return facilitators.stream().map(StaffMember::name).toList();
    }

    public List<String> experienceExpertNames() {
        return experienceExperts.stream().map(StaffMember::name).toList();
    }
}
