package nl.kring.domain.scale;

import java.util.List;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * Scale questions (schaalvragen, "In gesprek over eenzaamheid" step 4): one or two
 * questions answered with a number from 0 to 10. The group sees the spread, never a
 * person's number; each person sees their own numbers over the sessions of the group.
 * The seed's two questions are the default (content/seeds.json).
 */
public record ScaleQuestion(List<String> questions) implements Activity {

    public static final int MAX_QUESTIONS = 2;
    public static final int MAX_QUESTION_LENGTH = 200;

    public ScaleQuestion {
        questions = (questions == null ? List.<String>of() : questions).stream()
                .filter(q -> q != null && !q.isBlank())
                .map(q -> Texts.requireLine("questions", q, MAX_QUESTION_LENGTH))
                .toList();
        if (questions.isEmpty()) {
            throw new InvalidValueException("questions", "validation.question-required");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new InvalidValueException("questions", "validation.too-many-questions", MAX_QUESTIONS);
        }
    }

    @Override
    public ActivityType type() {
        return ActivityType.SCALE_QUESTION;
    }

    @Override
    public String headline() {
        return questions.getFirst();
    }
}
