package nl.kring.domain.scale;

import java.util.Objects;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;

/**
 * One person's number for one scale question. Stored with the person so that they can see
 * their own line over the sessions of their group; shown to others only as part of a
 * spread of at least {@value ScaleDistribution#MIN_ANSWERS} answers.
 *
 * @param question     the question's place in the step (0 or 1)
 * @param questionText the question as it was asked, to draw one line per question over sessions
 */
public record ScaleAnswer(SessionId sessionId, StepId stepId, int question, String questionText,
                          ParticipantId participant, int value) {

    public static final int MIN = 0;
    public static final int MAX = 10;

    public ScaleAnswer {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(questionText, "questionText");
        Objects.requireNonNull(participant, "participant");
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("value", "validation.scale-range", MIN, MAX);
        }
    }
}
