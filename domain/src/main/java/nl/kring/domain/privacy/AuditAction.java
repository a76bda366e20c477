package nl.kring.domain.privacy;

/** What the audit trail records. */
public enum AuditAction {
    VIEWED_PARTICIPANT,
    EXPORTED_PARTICIPANT,
    ERASED_PARTICIPANT,
    EXPORTED_ATTENDANCE,
    CHANGED_RETENTION,
    RETENTION_RUN,
    SIGNED_IN,
    SIGNED_OUT_EVERYWHERE,
    CREATED_STAFF,
    CHANGED_STAFF,
    RESET_PASSWORD,
    CHANGED_PASSWORD,
    DOWNLOADED_SESSION_REPORT,
    DOWNLOADED_MOODBOARD,
    VIEWED_ROSTER_NOTES,
    CHANGED_ROSTER_NOTE,
    CORRECTED_ATTENDANCE,
    ERASED_STAFF,
    /** By a platform administrator (issue 22), in the trail of the organisation concerned. */
    CREATED_ORGANISATION,
    RENAMED_ORGANISATION,
    SUSPENDED_ORGANISATION,
    RESUMED_ORGANISATION,
    CHANGED_ORGANISATION_LOGO,
    /** By a coordinator (issue 22): sign-in with the organisation's own accounts set, changed or ended. */
    CHANGED_ORGANISATION_SIGN_IN,
    CHANGED_DEFAULT_LANGUAGE
}
