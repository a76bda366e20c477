package nl.kring.domain.attendance;

import java.util.Collection;
import java.util.List;
import nl.kring.domain.organisation.ParticipantId;

/** Port: the follow-up actions recorded for participants. */
public interface FollowUpActionRepository {

    void save(FollowUpAction action);

    /** The actions for these participants, newest first. */
    List<FollowUpAction> findFor(Collection<ParticipantId> participants);
}
