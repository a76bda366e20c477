package nl.kring.session;

import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.security.CurrentStaff;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a session. Sessions of other organisations, of groups someone is
 * not assigned to, and sessions that do not exist are refused alike, so ids cannot be probed.
 * <ul>
 * <li>see: coordinators of the organisation and the group's staff;</li>
 * <li>plan (create, edit the steps): coordinators and the group's facilitators;</li>
 * <li>lead (start, move through the steps, end): the group's facilitators and experience experts;</li>
 * <li>attendance corrections and private notes: the group's facilitators only.</li>
 * </ul>
 */
@Component
class SessionAccess {

    private final SessionRepository sessions;
    private final GroupRepository groups;
    private final CurrentStaff currentStaff;

    SessionAccess(SessionRepository sessions, GroupRepository groups, CurrentStaff currentStaff) {
        this.sessions = sessions;
        this.groups = groups;
        this.currentStaff = currentStaff;
    }

    Group requireVisibleGroup(GroupId id) {
        StaffPrincipal me = currentStaff.require();
        Group group = groups.findById(id).filter(g -> g.organisationId().equals(me.organisationId()))
                .orElseThrow(SessionAccess::refused);
        if (me.is(Role.COORDINATOR) || group.isAssigned(me.staffId())) {
            return group;
        }
        throw refused();
    }

    Group requirePlannableGroup(GroupId id) {
        Group group = requireVisibleGroup(id);
        if (canPlan(group)) {
            return group;
        }
        throw refused();
    }

    Session requireVisible(SessionId id) {
        Session session = sessions.findById(id).orElseThrow(SessionAccess::refused);
        requireVisibleGroup(session.groupId());
        return session;
    }

    Session requirePlannable(SessionId id) {
        Session session = requireVisible(id);
        requirePlannableGroup(session.groupId());
        return session;
    }

    Session requireLeader(SessionId id) {
        Session session = requireVisible(id);
        if (!canLead(groups.findById(session.groupId()).orElseThrow(SessionAccess::refused))) {
            throw refused();
        }
        return session;
    }

    Session requireFacilitator(SessionId id) {
        Session session = requireVisible(id);
        if (!isFacilitator(groups.findById(session.groupId()).orElseThrow(SessionAccess::refused))) {
            throw refused();
        }
        return session;
    }

    boolean canPlan(Group group) {
        StaffPrincipal me = currentStaff.require();
        return me.is(Role.COORDINATOR) || group.facilitators().contains(me.staffId());
    }

    boolean canLead(Group group) {
        StaffPrincipal me = currentStaff.require();
        return group.facilitators().contains(me.staffId()) || group.experienceExperts().contains(me.staffId());
    }

    boolean isFacilitator(Group group) {
        return group.facilitators().contains(currentStaff.require().staffId());
    }

    Group groupOf(Session session) {
        return groups.findById(session.groupId()).orElseThrow(SessionAccess::refused);
    }

    static AccessDeniedException refused() {
        return new AccessDeniedException("session not available");
    }
}
