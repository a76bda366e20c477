package nl.kring.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.ParticipantId;

/** Port: stores sessions (with their plans and live state) and their attendance. */
public interface SessionRepository {

    Optional<Session> findById(SessionId id);

    /** The sessions of a group, newest first. */
    List<Session> findByGroup(GroupId groupId);

    Session save(Session session);

    /** The live session with this join code; codes are unique among live sessions only. */
    Optional<Session> findLiveByJoinCode(JoinCode code);

    /** The session whose shared screen has this token. */
    Optional<Session> findByScreenToken(String screenToken);

    List<Session> findLive();

    /** Live sessions with no change since {@code lastActivityBefore} (a session's start counts as a change). */
    List<SessionId> findLiveIdleSince(Instant lastActivityBefore);

    void saveAttendance(Attendance attendance);

    /** Forgets a record made by mistake (a tablet that chose the wrong name). */
    void deleteAttendance(SessionId session, ParticipantId participant);

    List<Attendance> findAttendance(SessionId sessionId);

    /** Attendance over ended sessions, one summary per group of the organisation that held any. */
    List<GroupAttendanceSummary> summariseAttendance(OrganisationId organisationId);
}
