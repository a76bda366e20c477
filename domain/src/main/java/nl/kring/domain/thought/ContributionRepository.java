package nl.kring.domain.thought;

import java.util.List;
import java.util.Optional;
import nl.kring.domain.session.SessionId;

/** Port: anonymous contributions and their "herken ik" marks. */
public interface ContributionRepository {

    /**
     * Stores it unless one with the same submission key is already stored for the session
     * (a double tap, a resend after a reconnect).
     *
     * @return whether it was stored now
     */
    boolean saveOnce(Contribution contribution);

    /** Stores what may change after writing: reveal, hidden, pattern, distress decision. */
    void update(Contribution contribution);

    Optional<Contribution> findById(ContributionId id);

    /** In no particular order; {@link Board#wall} gives the order to show. */
    List<Contribution> findBySession(SessionId session);

    /**
     * Records one mark by the holder of {@code marker} (a key derived from the session
     * secret) and counts it, unless that marker already marked it.
     *
     * @return whether it was counted now
     */
    boolean recognise(ContributionId id, String marker);

    /** Whether the holder of {@code marker} marked it (while the session's marks exist). */
    boolean isMarked(ContributionId id, String marker);

    /** Deletes the marks of a session (the counts stay). */
    void forgetMarks(SessionId session);
}
