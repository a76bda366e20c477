package nl.kring.domain.thought;

import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.Distress;
import nl.kring.domain.shared.Texts;

/**
 * Something a participant wrote anonymously on a board: a thought on the thought wall, an
 * answer to one of the three challenge questions, a view from a perspective card. It holds
 * nothing that leads to its author: no participant, no tablet, no time (the session is its
 * time). Boards reveal contributions in shuffled batches, see {@link Board}.
 *
 * @param board         which board of the step it is on, see {@link BoardKey}
 * @param byExpert      written by the experience expert on the console, shown with a label
 * @param pattern       the thinking pattern the facilitator tagged it with, or {@code null}
 * @param hidden        taken off the wall by the facilitator; its text never reaches a browser again
 * @param revealBatch   0 while unrevealed, else the number of the reveal that showed it
 * @param revealRank    its random place within its batch
 * @param submissionKey chosen by the tablet for one submission: sending it twice stores it once
 */
public record Contribution(ContributionId id, SessionId sessionId, StepId stepId, String board, String text,
                           boolean byExpert, ThinkingPattern pattern, boolean hidden, Distress distress,
                           int revealBatch, int revealRank, int recognitions, UUID submissionKey) {

    public static final int MAX_LENGTH = 280;

    public Contribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(distress, "distress");
        Objects.requireNonNull(submissionKey, "submissionKey");
        text = Texts.requireLine("text", text, MAX_LENGTH);
    }

    /** A new, unrevealed contribution; {@code distress} comes from {@link DistressPhrases}. */
    public static Contribution written(SessionId session, StepId step, String board, String text, boolean byExpert,
                                       boolean suggestsDistress, UUID submissionKey) {
        return new Contribution(ContributionId.newId(), session, step, board, text, byExpert, null, false,
                suggestsDistress ? Distress.HELD : Distress.NONE, 0, 0, 0, submissionKey);
    }

    public boolean isRevealed() {
        return revealBatch > 0;
    }

    /** On the wall for everyone: revealed, not hidden, not held back as a distress signal. */
    public boolean isVisible() {
        return isRevealed() && !hidden && distress.mayBeShown();
    }

    /** Waits for the next reveal. */
    public boolean awaitsReveal() {
        return !isRevealed() && !hidden && distress.mayBeShown();
    }

    public Contribution revealedAs(int batch, int rank) {
        return new Contribution(id, sessionId, stepId, board, text, byExpert, pattern, hidden, distress, batch, rank,
                recognitions, submissionKey);
    }

    public Contribution hide() {
        return new Contribution(id, sessionId, stepId, board, text, byExpert, pattern, true, distress, revealBatch,
                revealRank, recognitions, submissionKey);
    }

    public Contribution taggedWith(ThinkingPattern newPattern) {
        return new Contribution(id, sessionId, stepId, board, text, byExpert, newPattern, hidden, distress,
                revealBatch, revealRank, recognitions, submissionKey);
    }

    public Contribution decided(Distress decision) {
        if (distress != Distress.HELD || decision == Distress.NONE || decision == Distress.HELD) {
            throw new IllegalStateException("only a held contribution can be decided on");
        }
        return new Contribution(id, sessionId, stepId, board, text, byExpert, pattern, hidden, decision, revealBatch,
                revealRank, recognitions, submissionKey);
    }
}
