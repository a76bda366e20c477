package nl.kring.domain.thought;

import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.Texts;

/**
 * Challenging a thought (gedachte uitdagen, "Spelen met gedachten" §4a): the facilitator
 * picks a thought from the wall, the three questions come one at a time, participants
 * answer anonymously, and the group formulates a helping thought that is kept beside it.
 *
 * @param introduction an optional line for the tablets and the screen before a thought is picked
 */
public record ThoughtChallenge(String introduction) implements Activity {

    /** The seed's three questions come one at a time; their words are in content/seeds.json. */
    public static final int QUESTION_COUNT = 3;

    public static final int MAX_INTRODUCTION_LENGTH = 200;

    public ThoughtChallenge {
        introduction = Texts.optionalText("introduction", introduction, MAX_INTRODUCTION_LENGTH);
    }

    @Override
    public ActivityType type() {
        return ActivityType.THOUGHT_CHALLENGE;
    }

    @Override
    public String headline() {
        return introduction;
    }
}
