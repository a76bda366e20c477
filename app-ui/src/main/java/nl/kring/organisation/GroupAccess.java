package nl.kring.organisation;

import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Role;
import nl.kring.security.CurrentStaff;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see or manage a group. A group of another
 * organisation and a group that does not exist are refused the same way, so that ids
 * cannot be probed.
 */
@Component
public class GroupAccess {

    private final GroupRepository groups;
    private final CurrentStaff currentStaff;

    GroupAccess(GroupRepository groups, CurrentStaff currentStaff) {
        this.groups = groups;
        this.currentStaff = currentStaff;
    }

    /** Coordinators see every group of their organisation; others only the groups they are assigned to. */
    public Group requireVisible(GroupId id) {
        StaffPrincipal me = currentStaff.require();
        Group group = groups.findById(id)
                .filter(g -> g.organisationId().equals(me.organisationId()))
                .orElseThrow(GroupAccess::refused);
        if (me.is(Role.COORDINATOR) || group.isAssigned(me.staffId())) {
            return group;
        }
        throw refused();
    }

    /** Rosters are managed by coordinators and by the group's own facilitators. */
    Group requireRosterManager(GroupId id) {
        StaffPrincipal me = currentStaff.require();
        Group group = requireVisible(id);
        if (me.is(Role.COORDINATOR) || group.facilitators().contains(me.staffId())) {
            return group;
        }
        throw refused();
    }

    /** May the signed-in person read private notes on this group's roster? */
    boolean canReadPrivateNotes(Group group) {
        StaffPrincipal me = currentStaff.require();
        return me.is(Role.COORDINATOR) || group.facilitators().contains(me.staffId());
    }

    private static AccessDeniedException refused() {
        return new AccessDeniedException("group not available");
    }
}
