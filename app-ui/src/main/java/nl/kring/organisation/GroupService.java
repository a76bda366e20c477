package nl.kring.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups: coordinators create and staff them; everyone sees the groups they work with. */
@Service
public class GroupService {

    private final GroupRepository groups;
    private final StaffAccountRepository accounts;
    private final ParticipantRepository participants;
    private final GroupAccess access;
    private final CurrentStaff currentStaff;

    GroupService(GroupRepository groups, StaffAccountRepository accounts, ParticipantRepository participants,
                 GroupAccess access, CurrentStaff currentStaff) {
        this.groups = groups;
        this.accounts = accounts;
        this.participants = participants;
        this.access = access;
        this.currentStaff = currentStaff;
    }

    /** Coordinators: all groups of the organisation. Facilitators and experience experts: their own groups. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<GroupSummary> listVisible() {
        StaffPrincipal me = currentStaff.require();
        List<Group> visible = me.is(Role.COORDINATOR)
                ? groups.findByOrganisation(me.organisationId())
                : groups.findByAssignedStaff(me.staffId()).stream()
                        .filter(g -> g.organisationId().equals(me.organisationId())).toList();
        Map<StaffId, String> names = staffNames(me);
        List<Group> active = visible.stream().filter(g -> !g.archived()).toList();
        // one query for all groups' participant counts, not one per group
        Map<GroupId, Integer> counts = participants.countActiveByGroup(active.stream().map(Group::id).toList());
        return active.stream().map(g -> summarise(g, names, counts.getOrDefault(g.id(), 0))).toList();
    }

    /** One group, if the signed-in person may see it. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public GroupSummary get(GroupId id) {
        return summarise(access.requireVisible(id), staffNames(currentStaff.require()));
    }

    /** May the signed-in person change this group's roster? (For showing or hiding buttons.) */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public boolean canManageRoster(GroupId id) {
        try {
            access.requireRosterManager(id);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** @throws InvalidValueException for an empty, too long or duplicate name */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public GroupSummary create(String name, String description) {
        StaffPrincipal me = currentStaff.require();
        Group group = Group.create(me.organisationId(), new GroupName(name), description);
        requireUniqueName(group);
        return summarise(groups.save(group), staffNames(me));
    }

    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public GroupSummary update(GroupId id, String name, String description, long expectedVersion) {
        Group group = access.requireVisible(id);
        Group changed = versioned(group, expectedVersion).withDetails(new GroupName(name), description);
        requireUniqueName(changed);
        return summarise(groups.save(changed), staffNames(currentStaff.require()));
    }

    /** Assigns the group's facilitators and experience experts (replacing the earlier assignment). */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public GroupSummary assignStaff(GroupId id, Set<StaffId> facilitatorIds, Set<StaffId> experienceExpertIds,
                                    long expectedVersion) {
        Group group = versioned(access.requireVisible(id), expectedVersion);
        Group assigned = group.withStaff(load(facilitatorIds), load(experienceExpertIds));
        return summarise(groups.save(assigned), staffNames(currentStaff.require()));
    }

    /** The active staff of the organisation who can be assigned in the given role. */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional(readOnly = true)
    public List<StaffAccount> assignableStaff(Role role) {
        return accounts.findByOrganisation(currentStaff.require().organisationId()).stream()
                .filter(a -> a.active() && a.role() == role).toList();
    }

    private Group versioned(Group group, long expectedVersion) {
        if (group.version() != expectedVersion) {
            throw new ConcurrentChangeException("group", null);
        }
        return group;
    }

    private void requireUniqueName(Group group) {
        if (groups.existsByName(group.organisationId(), group.name(), group.id())) {
            throw new InvalidValueException("name", "validation.group-name-taken");
        }
    }

    private Set<StaffAccount> load(Collection<StaffId> ids) {
        return ids.stream().map(id -> accounts.findById(id)
                        .orElseThrow(() -> new InvalidValueException("staff", "validation.staff-role")))
                .collect(Collectors.toSet());
    }

    private Map<StaffId, String> staffNames(StaffPrincipal me) {
        return accounts.findByOrganisation(me.organisationId()).stream()
                .collect(Collectors.toMap(StaffAccount::id, a -> a.name().value(), (a, b) -> a));
    }

    private GroupSummary summarise(Group group, Map<StaffId, String> names) {
        return summarise(group, names, participants.countActiveByGroup(List.of(group.id())).getOrDefault(group.id(), 0));
    }

    private GroupSummary summarise(Group group, Map<StaffId, String> names, int active) {
        return new GroupSummary(group.id(), group.name().value(), group.description(),
                members(group.facilitators(), names), members(group.experienceExperts(), names), active,
                group.version());
    }

    private static List<GroupSummary.StaffMember> members(Set<StaffId> ids, Map<StaffId, String> names) {
        return ids.stream().map(id -> new GroupSummary.StaffMember(id, names.getOrDefault(id, "?")))
                .sorted(Comparator.comparing(GroupSummary.StaffMember::name)).toList();
    }

}
