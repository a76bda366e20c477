package nl.kring.domain.privacy;

import java.util.List;
import nl.kring.domain.organisation.OrganisationId;

/** Port: the append-only audit trail (the database refuses changes and deletions). */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The newest entries of an organisation, newest first. */
    List<AuditEntry> latest(OrganisationId organisation, int limit);
}
