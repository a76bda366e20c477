package nl.kring.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: stores the rosters of groups. */
public interface ParticipantRepository {

    Optional<Participant> findById(ParticipantId id);

    /** The roster of a group, active and left, sorted by display name. */
    List<Participant> findByGroup(GroupId groupId);

    /** How many active participants each of these groups has; groups without any are left out. */
    Map<GroupId, Integer> countActiveByGroup(Collection<GroupId> groupIds);

    /** Saves and returns the stored participant (with its new version). */
    Participant save(Participant participant);
}
