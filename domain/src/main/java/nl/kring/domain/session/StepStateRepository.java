package nl.kring.domain.session;

import java.util.Map;
import java.util.Optional;

/**
 * Port: where a running step stands, for activity types that change while they run (the
 * thought being challenged, the perspective cards dealt). One record per step, of the
 * type its {@link ActivityType#stateType()} names.
 */
public interface StepStateRepository {

    <T> Optional<T> find(StepId step, Class<T> type);

    void save(SessionId session, StepId step, ActivityType type, Object state);

    /** Every step state of the session, by step. */
    Map<StepId, Object> findBySession(SessionId session);
}
