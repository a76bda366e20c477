package nl.kring.domain.privacy;

/** What the audit trail records. */
public enum AuditAction {
    VIEWED_PARTICIPANT,
    EXPORTED_PARTICIPANT,
    ERASED_PARTICIPANT,
    EXPORTED_ATTENDANCE,
    CHANGED_RETENTION,
    RETENTION_RUN
}
