package nl.kring.domain.smallstep;

import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.Texts;

/**
 * Small steps (kleine stappen, "Spelen met gedachten" §5c): each participant writes one
 * small, doable step for the coming time. Only they and the session's leaders see it; at
 * the next session of the group their tablet asks privately whether it worked out.
 */
public record SmallStepRound(String prompt) implements Activity {

    public static final int MAX_PROMPT_LENGTH = 200;

    public SmallStepRound {
        prompt = Texts.requireLine("prompt", prompt, MAX_PROMPT_LENGTH);
    }

    @Override
    public ActivityType type() {
        return ActivityType.SMALL_STEP;
    }

    @Override
    public String headline() {
        return prompt;
    }
}
