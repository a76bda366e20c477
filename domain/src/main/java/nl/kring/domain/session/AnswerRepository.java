package nl.kring.domain.session;

import java.util.List;
import java.util.Optional;

/** Port: answers given in question rounds. */
public interface AnswerRepository {

    /**
     * Stores the answer unless one with the same submission key is already stored for the
     * session (a tablet that resends after a reconnect).
     *
     * @return whether it was stored now
     */
    boolean saveOnce(Answer answer);

    /** Named answers in the order they came; anonymous answers after them, in alphabetical order. */
    List<Answer> findBySession(SessionId sessionId);

    Optional<Answer> findById(AnswerId id);

    /** Stores the facilitator's decision on an answer held back as a distress signal. */
    void updateDistress(Answer answer);

    /** Puts every waiting answer of a step that may be shown on the screens, as one batch. */
    void showWaiting(StepId step);
}
