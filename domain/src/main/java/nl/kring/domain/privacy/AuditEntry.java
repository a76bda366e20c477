package nl.kring.domain.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.StaffId;

/**
 * One line of the audit trail: who did what, when, to which subject. The subject never
 * holds personal data of the person it is about (an erased person's name must not live on
 * here): it names the group and the participant's number.
 *
 * @param staff null when Kring itself acted (the retention job)
 */
public record AuditEntry(UUID id, OrganisationId organisation, Instant at, StaffId staff, String staffName,
                         AuditAction action, String subject) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(staffName, "staffName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
    }

    public static AuditEntry now(OrganisationId organisation, StaffId staff, String staffName, AuditAction action,
                                 String subject) {
        return new AuditEntry(UUID.randomUUID(), organisation, Instant.now(), staff, staffName, action, subject);
    }
}
