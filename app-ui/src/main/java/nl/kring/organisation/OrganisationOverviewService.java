package nl.kring.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.session.SessionRepository;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's start page: figures only, never the content of contributions. */
@Service
public class OrganisationOverviewService {

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final StaffAccountRepository accounts;
    private final ParticipantRepository participants;
    private final SessionRepository sessions;
    private final CurrentStaff currentStaff;

    OrganisationOverviewService(OrganisationRepository organisations, GroupRepository groups,
                                StaffAccountRepository accounts, ParticipantRepository participants,
                                SessionRepository sessions, CurrentStaff currentStaff) {
        this.organisations = organisations;
        this.groups = groups;
        this.accounts = accounts;
        this.participants = participants;
        this.sessions = sessions;
        this.currentStaff = currentStaff;
    }

    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional(readOnly = true)
    public OrganisationOverview overview() {
        StaffPrincipal me = currentStaff.require();
        List<Group> activeGroups = groups.findByOrganisation(me.organisationId()).stream()
                .filter(g -> !g.archived()).toList();
        Map<GroupId, String> names = activeGroups.stream()
                .collect(Collectors.toMap(Group::id, g -> g.name().value()));
        int activeParticipants = participants.countActiveByGroup(activeGroups.stream().map(Group::id).toList())
                .values().stream().mapToInt(Integer::intValue).sum();
        List<OrganisationOverview.GroupAttendance> attendance = sessions.summariseAttendance(me.organisationId())
                .stream()
                .filter(s -> names.containsKey(s.groupId()))
                .map(s -> new OrganisationOverview.GroupAttendance(names.get(s.groupId()), s.sessionsHeld(),
                        s.attendanceRate()))
                .sorted(Comparator.comparing(OrganisationOverview.GroupAttendance::groupName))
                .toList();
        String organisationName = organisations.findById(me.organisationId()).map(o -> o.name()).orElse("");
        return new OrganisationOverview(organisationName, activeGroups.size(),
                accounts.findByOrganisation(me.organisationId()).size(), activeParticipants, attendance);
    }
}
