package nl.kring.attendance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.Role;
import nl.kring.security.CurrentStaff;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose attendance someone may see: a coordinator every group of the organisation, a
 * facilitator the groups they lead, an experience expert none (the services refuse them
 * before they get here). Groups and people outside the scope are refused like ids that do
 * not exist, so that ids cannot be probed.
 */
@Component
public class ReportScope {

    private final GroupRepository groups;
    private final ParticipantRepository participants;
    private final CurrentStaff currentStaff;

    ReportScope(GroupRepository groups, ParticipantRepository participants, CurrentStaff currentStaff) {
        this.groups = groups;
        this.participants = participants;
        this.currentStaff = currentStaff;
    }

    /** The groups whose figures the signed-in person may see, by name. */
    public List<Group> groups() {
        StaffPrincipal me = currentStaff.require();
        List<Group> all = me.is(Role.COORDINATOR) ? groups.findByOrganisation(me.organisationId())
                : groups.findByAssignedStaff(me.staffId()).stream()
                        .filter(g -> g.facilitators().contains(me.staffId())).toList();
        return all.stream().filter(g -> g.organisationId().equals(me.organisationId()))
                .sorted(Comparator.comparing(g -> g.name().value().toLowerCase(Locale.ROOT))).toList();
    }

    public Group requireGroup(GroupId id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(ReportScope::refused);
    }

    public Participant requireParticipant(ParticipantId id) {
        Participant participant = participants.findById(id).orElseThrow(ReportScope::refused);
        requireGroup(participant.groupId());
        return participant;
    }

    static AccessDeniedException refused() {
        return new AccessDeniedException("not available");
    }
}
