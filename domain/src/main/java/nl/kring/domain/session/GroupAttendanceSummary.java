package nl.kring.domain.session;

import nl.kring.domain.organisation.GroupId;

/**
 * Attendance of one group over its ended sessions.
 *
 * @param sessionsHeld    ended sessions
 * @param presentCount    attendance records marked present
 * @param recordedCount   all attendance records (present, absent, excused)
 */
public record GroupAttendanceSummary(GroupId groupId, int sessionsHeld, int presentCount, int recordedCount) {

    /** Share of recorded attendances that were present, 0..1; 0 when nothing was recorded. */
    public double attendanceRate() {
        return recordedCount == 0 ? 0 : (double) presentCount / recordedCount;
    }
}
