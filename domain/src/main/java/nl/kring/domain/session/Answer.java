package nl.kring.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.shared.Texts;

/**
 * An answer to one question of a question round. An anonymous answer is stored without
 * its author and without a time, so that it cannot be traced back to a person.
 *
 * @param question      index of the question in the round
 * @param authorId      {@code null} for an anonymous answer
 * @param submissionKey chosen by the tablet for one submission: sending it twice stores it once
 * @param answeredAt    {@code null} for an anonymous answer
 * @param distress      whether it suggests acute distress, and what the facilitator decided
 * @param awaitsShowing an anonymous answer not yet on the screens: it appears with others in a
 *                      batch ({@link AnswerBatch}), so that its timing says nothing of its author
 */
public record Answer(AnswerId id, SessionId sessionId, StepId stepId, int question, ParticipantId authorId,
                     String text, UUID submissionKey, Instant answeredAt, Distress distress,
                     boolean awaitsShowing) {

    public static final int MAX_LENGTH = 500;

    public Answer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(submissionKey, "submissionKey");
        Objects.requireNonNull(distress, "distress");
        text = Texts.requireLine("answer", text, MAX_LENGTH);
        if (question < 0) {
            throw new IllegalArgumentException("question");
        }
        if ((authorId == null) != (answeredAt == null)) {
            throw new IllegalArgumentException("an answer has both an author and a time, or neither");
        }
        if (awaitsShowing && authorId != null) {
            throw new IllegalArgumentException("only anonymous answers wait to be shown in a batch");
        }
    }

    public static Answer named(SessionId session, StepId step, int question, ParticipantId author, String text,
                               UUID submissionKey, Instant now) {
        return new Answer(AnswerId.newId(), session, step, question, Objects.requireNonNull(author), text,
                submissionKey, now, Distress.NONE, false);
    }

    public static Answer anonymous(SessionId session, StepId step, int question, String text, UUID submissionKey) {
        return new Answer(AnswerId.newId(), session, step, question, null, text, submissionKey, null, Distress.NONE,
                true);
    }

    /** Held back from the shared screen until the facilitator decides (see {@link DistressPhrases}). */
    public Answer heldForDistress() {
        return new Answer(id, sessionId, stepId, question, authorId, text, submissionKey, answeredAt, Distress.HELD,
                awaitsShowing);
    }

    public Answer decided(Distress decision) {
        if (distress != Distress.HELD || !(decision == Distress.SHOWN || decision == Distress.KEPT_PRIVATE)) {
            throw new IllegalStateException("only a held answer can be decided on");
        }
        return new Answer(id, sessionId, stepId, question, authorId, text, submissionKey, answeredAt, decision,
                awaitsShowing);
    }
}
