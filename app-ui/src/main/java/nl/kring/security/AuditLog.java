package nl.kring.security;

import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail for the signed-in person, in the caller's transaction (so that an
 * erasure and its entry commit together; a reading that is recorded therefore runs in a
 * transaction that may write). Never contents: what was done, to which item, by whom, when.
 */
@Component
public class AuditLog {

    private final AuditTrail trail;
    private final CurrentStaff currentStaff;

    AuditLog(AuditTrail trail, CurrentStaff currentStaff) {
        this.trail = trail;
        this.currentStaff = currentStaff;
    }

    public void record(AuditAction action, String subject) {
        record(currentStaff.require(), action, subject);
    }

    /** For what happens before the person's sign-in is in place (the sign-in itself). */
    public void record(StaffPrincipal who, AuditAction action, String subject) {
        trail.record(AuditEntry.now(who.organisationId(), who.staffId(), who.name(), action,
                subject.length() > 300 ? subject.substring(0, 300) : subject));
    }

    /**
     * For a platform administrator's action on another organisation (issue 22): written in
     * that organisation's trail, so that its own privacy officer sees what was done to it.
     */
    public void recordIn(OrganisationId organisation, AuditAction action, String subject) {
        StaffPrincipal who = currentStaff.require();
        trail.record(AuditEntry.now(organisation, who.staffId(), who.name(), action,
                subject.length() > 300 ? subject.substring(0, 300) : subject));
    }

    /** How the trail names a participant: the number, never the name (it must outlive an erasure). */
    public static String subject(Participant participant, String groupName) {
        return "deelnemer " + participant.id().value().toString().substring(0, 8) + " · groep " + groupName;
    }
}
