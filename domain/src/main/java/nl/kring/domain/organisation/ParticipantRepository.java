package nl.kring.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Port: stores the rosters of groups. */
public interface ParticipantRepository {

    Optional<Participant> findById(ParticipantId id);

    /** The roster of a group, active and left, sorted by display name. */
    List<Participant> findByGroup(GroupId groupId);

    /** Saves and returns the stored participant (with its new version). */
    Participant save(Participant participant);
}
