package nl.kring.domain.smallstep;

import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.session.SessionId;

/** Port: the small steps people wrote, and how they went. */
public interface SmallStepRepository {

    /** Stores a person's step for a step of a session, replacing what they wrote there before. */
    void save(SmallStep step);

    void recordOutcome(SmallStep answered);

    /** Stores the leader's decision on a distress alert. */
    void updateDistress(SmallStep decided);

    Optional<SmallStep> findById(SmallStepId id);

    /** The steps written in a session. */
    List<SmallStep> findWrittenIn(SessionId session);

    /**
     * For the people of a group: each person's latest step from an ended session of the
     * group (the last one they wrote a step in) that is still open, or that was answered in
     * this session — what this session looks back on.
     */
    List<SmallStep> findToLookBackOn(GroupId group, SessionId current);
}
