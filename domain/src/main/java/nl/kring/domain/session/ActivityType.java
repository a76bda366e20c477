package nl.kring.domain.session;

import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.scale.ScaleSpread;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.domain.swap.PerspectiveSwap;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.ChallengeState;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;

/**
 * The kinds of activity a step can hold. A new activity type adds a constant here (with
 * the record that holds its settings, and, if it changes while the step runs, the record
 * that holds that state) and its screens in the application; the session engine, storage
 * and live push need no change.
 */
public enum ActivityType {
    INFORMATION_CARD(InformationCard.class, null),
    QUESTION_ROUND(QuestionRound.class, null),
    THOUGHT_WALL(ThoughtWall.class, null),
    THOUGHT_CHALLENGE(ThoughtChallenge.class, ChallengeState.class),
    PERSPECTIVE_SWAP(PerspectiveSwap.class, SwapState.class),
    MOODBOARD(Moodboard.class, null),
    SCALE_QUESTION(ScaleQuestion.class, ScaleSpread.class),
    SMALL_STEP(SmallStepRound.class, null),
    LOOK_BACK(LookBack.class, null),
    WISHES_AND_IDEAS(WishesAndIdeas.class, null);

    private final Class<? extends Activity> settingsType;
    private final Class<?> stateType;

    ActivityType(Class<? extends Activity> settingsType, Class<?> stateType) {
        this.settingsType = settingsType;
        this.stateType = stateType;
    }

    /** The record that holds a step's settings for this type (stored as JSON). */
    public Class<? extends Activity> settingsType() {
        return settingsType;
    }

    /** The record that holds where a running step of this type stands, or {@code null} if it has none. */
    public Class<?> stateType() {
        return stateType;
    }
}
