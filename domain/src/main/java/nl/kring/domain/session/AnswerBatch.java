package nl.kring.domain.session;

import java.util.List;

/**
 * When the anonymous answers of a step appear on the screens: never one by one as they
 * arrive, because then the room sees whose answer appeared when someone tapped. They wait
 * until {@value #SAFE_MINIMUM} can be shown at once, or until the facilitator shows them;
 * the screens list them in an order that does not follow their arrival (anonymous answers
 * have no time at all). Answers held for a distress signal wait for the facilitator's
 * decision and do not count.
 */
public final class AnswerBatch {

    public static final int SAFE_MINIMUM = 3;

    private AnswerBatch() {
    }

    /** How many of these answers wait and may be shown. */
    public static long waiting(List<Answer> answersOfStep) {
        return answersOfStep.stream().filter(a -> a.awaitsShowing() && a.distress().mayBeShown()).count();
    }

    /** Whether enough wait to show them now, without the facilitator. */
    public static boolean isFull(List<Answer> answersOfStep) {
        return waiting(answersOfStep) >= SAFE_MINIMUM;
    }
}
