package nl.kring.attendance;

import nl.kring.domain.organisation.Participant;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import nl.kring.security.CurrentStaff;
import nl.kring.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/** Writes the audit trail for the signed-in person, in the caller's transaction. */
@Component
public class AuditLog {

    private final AuditTrail trail;
    private final CurrentStaff currentStaff;

    AuditLog(AuditTrail trail, CurrentStaff currentStaff) {
        this.trail = trail;
        this.currentStaff = currentStaff;
    }

    public void record(AuditAction action, String subject) {
        StaffPrincipal me = currentStaff.require();
        trail.record(AuditEntry.now(me.organisationId(), me.staffId(), me.name(), action, subject));
    }

    /** How the trail names a participant: the number, never the name (it must outlive an erasure). */
    public static String subject(Participant participant, String groupName) {
        return "deelnemer " + participant.id().value().toString().substring(0, 8) + " · groep " + groupName;
    }
}
