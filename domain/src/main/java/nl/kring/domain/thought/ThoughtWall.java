package nl.kring.domain.thought;

import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.Texts;

/**
 * Anonymous thoughts (gedachten delen, "Spelen met gedachten" §3): participants write
 * thoughts that bother them; the wall shows them only when the facilitator reveals, in a
 * shuffled order, and everyone can mark "herken ik".
 *
 * @param prompt the invitation on the tablets, e.g. "Welke gedachte zit je soms dwars?"
 */
public record ThoughtWall(String prompt) implements Activity {

    public static final int MAX_PROMPT_LENGTH = 200;

    public ThoughtWall {
        prompt = Texts.requireLine("prompt", prompt, MAX_PROMPT_LENGTH);
    }

    @Override
    public ActivityType type() {
        return ActivityType.THOUGHT_WALL;
    }

    @Override
    public String headline() {
        return prompt;
    }
}
