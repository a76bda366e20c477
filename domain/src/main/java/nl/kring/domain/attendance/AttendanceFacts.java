package nl.kring.domain.attendance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;

/** Port: attendance of the sessions that were held, read for reports and follow-up. */
public interface AttendanceFacts {

    /** The ended sessions of these groups in [from, to), oldest first, as numbers. */
    List<SessionTally> tallies(Collection<GroupId> groups, Instant from, Instant to);

    /** Every named person's marks at the ended sessions of these groups in [from, to). */
    List<Mark> marks(Collection<GroupId> groups, Instant from, Instant to);

    /** The marks of the active participants of these groups (for the follow-up list). */
    List<Mark> marksOfActiveParticipants(Collection<GroupId> groups);

    /** One person's marks. */
    List<Mark> marksOf(ParticipantId participant);
}
