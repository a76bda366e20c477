package nl.kring.domain.session;

/** Whether a participant was at a session. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    /** Absent with notice (afgemeld). */
    EXCUSED
}
