package nl.kring.attendance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kring.base.KringTime;
import nl.kring.domain.attendance.AttendanceFacts;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.attendance.FollowUpActionRepository;
import nl.kring.domain.attendance.FollowUpReason;
import nl.kring.domain.attendance.Mark;
import nl.kring.domain.attendance.ParticipantHistory;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up list (opvolgen): who may be drifting away, why, and what was done about
 * it. The rules are in {@link ParticipantHistory#followUpReasons()}; a person leaves the
 * list when they come again or are marked as having left the group.
 */
@Service
public class FollowUpService {

    public record Item(ParticipantId id, String name, GroupId groupId, String groupName, List<FollowUpReason> reasons,
                       ParticipantHistory history, Optional<FollowUpAction> lastAction) {
    }

    private final ReportScope scope;
    private final AttendanceFacts facts;
    private final ParticipantRepository participants;
    private final FollowUpActionRepository actions;
    private final CurrentStaff currentStaff;

    FollowUpService(ReportScope scope, AttendanceFacts facts, ParticipantRepository participants,
                    FollowUpActionRepository actions, CurrentStaff currentStaff) {
        this.scope = scope;
        this.facts = facts;
        this.participants = participants;
        this.actions = actions;
        this.currentStaff = currentStaff;
    }

    /** Everyone in the visible groups who should be followed up, the longest missed first. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public List<Item> list() {
        Map<GroupId, Group> groups = scope.groups().stream().filter(g -> !g.archived())
                .collect(Collectors.toMap(Group::id, g -> g));
        Map<ParticipantId, List<Mark>> byPerson = facts.marksOfActiveParticipants(groups.keySet()).stream()
                .collect(Collectors.groupingBy(Mark::participant));
        Map<ParticipantId, ParticipantHistory> onList = byPerson.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new ParticipantHistory(e.getValue())))
                .filter(e -> !e.getValue().followUpReasons().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (onList.isEmpty()) {
            return List.of();
        }
        Map<ParticipantId, FollowUpAction> latest = actions.findFor(onList.keySet()).stream()
                .collect(Collectors.toMap(FollowUpAction::participant, a -> a, (newer, older) -> newer));
        // one roster read per group with someone on the list
        Map<ParticipantId, String> names = onList.values().stream()
                .map(h -> h.marks().getFirst().group()).distinct()
                .flatMap(id -> participants.findByGroup(id).stream())
                .collect(Collectors.toMap(Participant::id, p -> p.displayName().value()));
        return onList.entrySet().stream().map(e -> {
                    GroupId groupId = e.getValue().marks().getFirst().group();
                    String name = names.getOrDefault(e.getKey(), "?");
                    return new Item(e.getKey(), name, groupId, groups.get(groupId).name().value(),
                            e.getValue().followUpReasons(), e.getValue(), Optional.ofNullable(latest.get(e.getKey())));
                })
                .sorted(Comparator.comparing((Item i) -> -i.history().missedInARow())
                        .thenComparing(i -> i.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Records that someone called, visited or wrote a note, on a day (not in the future). */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public FollowUpAction record(ParticipantId id, FollowUpAction.Kind kind, LocalDate doneOn, String note) {
        scope.requireParticipant(id);
        if (doneOn == null) {
            throw new InvalidValueException("doneOn", "validation.date-required");
        }
        if (doneOn.isAfter(LocalDate.now(KringTime.ZONE))) {
            throw new InvalidValueException("doneOn", "validation.date-in-future");
        }
        var me = currentStaff.require();
        FollowUpAction action = FollowUpAction.record(id, kind, note, doneOn, me.staffId(), me.name());
        actions.save(action);
        return action;
    }

    /** Marks someone as having left the group: they leave the list, and their retention period starts. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public void markLeft(ParticipantId id) {
        Participant participant = scope.requireParticipant(id);
        if (participant.isActive()) {
            participants.save(participant.withStatus(ParticipantStatus.LEFT));
        }
    }
}
