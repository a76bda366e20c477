package nl.kring.domain.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the tablets of live sessions. */
public interface TabletRepository {

    Tablet save(Tablet tablet);

    Optional<Tablet> findById(TabletId id);

    Optional<Tablet> findByTokenHash(String tokenHash);

    List<Tablet> findBySession(SessionId sessionId);

    void delete(TabletId id);

    /**
     * Confirms the bindings of live sessions' tablets made before {@code boundBefore} that the
     * facilitator has not confirmed or rejected: their grace period has passed.
     *
     * @return the sessions whose tablets changed
     */
    List<SessionId> confirmBoundBefore(Instant boundBefore, Instant now);

    /** Marks tablets as seen at {@code when}; one statement for all tablets of a node. */
    void markSeen(Collection<TabletId> ids, Instant when);
}
