package nl.kring.organisation;

import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rosters of groups. Everyone who works with a group sees the names; only
 * coordinators and the group's facilitators change the roster or see private notes.
 */
@Service
public class RosterService {

    private final ParticipantRepository participants;
    private final GroupAccess access;
    private final AuditLog audit;

    RosterService(ParticipantRepository participants, GroupAccess access, AuditLog audit) {
        this.participants = participants;
        this.access = access;
        this.audit = audit;
    }

    /** The roster, active people first; private notes only for those who may read them. */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional // reading the private notes goes into the audit trail
    public List<RosterEntry> roster(GroupId groupId) {
        Group group = access.requireVisible(groupId);
        boolean notes = access.canReadPrivateNotes(group);
        if (notes) {
            audit.record(AuditAction.VIEWED_ROSTER_NOTES, "groep " + group.name().value());
        }
        return participants.findByGroup(groupId).stream()
                .sorted((a, b) -> Boolean.compare(b.isActive(), a.isActive()))
                .map(p -> new RosterEntry(p.id(), p.displayName().value(),
                        notes ? Optional.of(p.privateNote()) : Optional.empty(), p.status(), p.version()))
                .toList();
    }

    /** @throws InvalidValueException for an empty or too long name, or a name already on the roster */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public RosterEntry add(GroupId groupId, String displayName, String privateNote) {
        access.requireRosterManager(groupId);
        PersonName name = new PersonName(displayName);
        requireUniqueActiveName(groupId, name, null);
        Participant saved = participants.save(Participant.join(groupId, name).withPrivateNote(privateNote));
        if (!saved.privateNote().isBlank()) {
            audit.record(AuditAction.CHANGED_ROSTER_NOTE, "deelnemer " + saved.id().value().toString().substring(0, 8));
        }
        return entry(saved);
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public RosterEntry update(ParticipantId id, String displayName, String privateNote, long expectedVersion) {
        Participant participant = requireManaged(id, expectedVersion);
        PersonName name = new PersonName(displayName);
        requireUniqueActiveName(participant.groupId(), name, id);
        Participant saved = participants.save(participant.withDisplayName(name).withPrivateNote(privateNote));
        if (!saved.privateNote().equals(participant.privateNote())) {
            audit.record(AuditAction.CHANGED_ROSTER_NOTE, "deelnemer " + id.value().toString().substring(0, 8));
        }
        return entry(saved);
    }

    /** Marks someone as having left the group (or back again); their history stays. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public RosterEntry setStatus(ParticipantId id, ParticipantStatus status, long expectedVersion) {
        Participant participant = requireManaged(id, expectedVersion);
        if (status == ParticipantStatus.ACTIVE) {
            requireUniqueActiveName(participant.groupId(), participant.displayName(), id);
        }
        return entry(participants.save(participant.withStatus(status)));
    }

    private Participant requireManaged(ParticipantId id, long expectedVersion) {
        Participant participant = participants.findById(id)
                .orElseThrow(() -> new AccessDeniedException("participant not available"));
        access.requireRosterManager(participant.groupId());
        if (participant.version() != expectedVersion) {
            throw new ConcurrentChangeException("participant", null);
        }
        return participant;
    }

    /** Two active people with the same name would be confusing on the tablets' name buttons. */
    private void requireUniqueActiveName(GroupId groupId, PersonName name, ParticipantId except) {
        boolean taken = participants.findByGroup(groupId).stream()
                .filter(Participant::isActive)
                .filter(p -> !p.id().equals(except))
                .anyMatch(p -> p.displayName().sameAs(name));
        if (taken) {
            throw new InvalidValueException("name", "validation.roster-name-taken", name.value());
        }
    }

    private static RosterEntry entry(Participant p) {
        return new RosterEntry(p.id(), p.displayName().value(), Optional.of(p.privateNote()), p.status(),
                p.version());
    }
}
