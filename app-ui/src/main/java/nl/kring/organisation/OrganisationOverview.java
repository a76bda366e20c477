package nl.kring.organisation;

import java.util.List;

/** What a coordinator sees first: the organisation at a glance. */
public record OrganisationOverview(String organisationName, int groups, int staff, int activeParticipants,
                                   List<GroupAttendance> attendance) {

    /** Attendance of one group over its ended sessions; rate is 0..1. */
    public record GroupAttendance(String groupName, int sessionsHeld, double attendanceRate) {
    }
}
