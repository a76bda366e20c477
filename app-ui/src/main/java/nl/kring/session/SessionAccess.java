package nl.kring.session;

import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.organisation.GroupAccess;
import nl.kring.security.CurrentStaff;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a session. A session is visible to whoever may see its group
 * ({@link GroupAccess}); sessions that do not exist are refused alike, so ids cannot be probed.
 * <ul>
 * <li>plan (create, edit the steps): coordinators and the group's facilitators;</li>
 * <li>lead (start, move through the steps, end): the group's facilitators and experience experts;</li>
 * <li>attendance corrections and private notes: the group's facilitators only.</li>
 * </ul>
 */
@Component
public class SessionAccess {

    private final SessionRepository sessions;
    private final GroupAccess groups;
    private final CurrentStaff currentStaff;

    SessionAccess(SessionRepository sessions, GroupAccess groups, CurrentStaff currentStaff) {
        this.sessions = sessions;
        this.groups = groups;
        this.currentStaff = currentStaff;
    }

    Group requireVisibleGroup(GroupId id) {
        return groups.requireVisible(id);
    }

    Group requirePlannableGroup(GroupId id) {
        Group group = requireVisibleGroup(id);
        if (canPlan(group)) {
            return group;
        }
        throw refused();
    }

    /** For anyone who may see the session's group; refused otherwise. */
    public Session requireVisible(SessionId id) {
        return visible(id).session();
    }

    Session requirePlannable(SessionId id) {
        Visible visible = visible(id);
        return require(canPlan(visible.group()), visible.session());
    }

    /** For the session's leaders (the group's facilitators and experience experts); refused otherwise. */
    public Session requireLeader(SessionId id) {
        Visible visible = visible(id);
        return require(canLead(visible.group()), visible.session());
    }

    /** For the group's experience experts: what only they do, such as adding a thought of their own. */
    public Session requireExperienceExpert(SessionId id) {
        Visible visible = visible(id);
        return require(visible.group().experienceExperts().contains(currentStaff.require().staffId()),
                visible.session());
    }

    Session requireFacilitator(SessionId id) {
        Visible visible = visible(id);
        return require(isFacilitator(visible.group()), visible.session());
    }

    SessionPermissions permissions(SessionId id) {
        Group group = visible(id).group();
        return new SessionPermissions(canPlan(group), canLead(group), isFacilitator(group),
                group.experienceExperts().contains(currentStaff.require().staffId()));
    }

    boolean canPlan(Group group) {
        StaffPrincipal me = currentStaff.require();
        return me.is(Role.COORDINATOR) || group.facilitators().contains(me.staffId());
    }

    private boolean canLead(Group group) {
        StaffPrincipal me = currentStaff.require();
        return group.facilitators().contains(me.staffId()) || group.experienceExperts().contains(me.staffId());
    }

    private boolean isFacilitator(Group group) {
        return group.facilitators().contains(currentStaff.require().staffId());
    }

    /** The session and its group, each read once. */
    private Visible visible(SessionId id) {
        Session session = sessions.findById(id).orElseThrow(SessionAccess::refused);
        return new Visible(session, groups.requireVisible(session.groupId()));
    }

    private static Session require(boolean allowed, Session session) {
        if (!allowed) {
            throw refused();
        }
        return session;
    }

    public static AccessDeniedException refused() {
        return new AccessDeniedException("session not available");
    }

    private record Visible(Session session, Group group) {
    }
}
