package nl.kring.domain.session;

import java.util.List;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * The look back at the end (terugblik, "In gesprek over eenzaamheid" step 5): the seed's
 * questions, answered on the tablets with names and collected for the session's leaders;
 * the shared screen does not show the answers.
 */
public record LookBack(List<String> questions) implements AnswerableQuestions {

    public static final int MAX_QUESTIONS = 5;

    public LookBack {
        questions = (questions == null ? List.<String>of() : questions).stream()
                .filter(q -> q != null && !q.isBlank())
                .map(q -> Texts.requireLine("questions", q, QuestionRound.MAX_QUESTION_LENGTH))
                .toList();
        if (questions.isEmpty()) {
            throw new InvalidValueException("questions", "validation.question-required");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw new InvalidValueException("questions", "validation.too-many-questions", MAX_QUESTIONS);
        }
    }

    @Override
    public boolean anonymous() {
        return false;
    }

    @Override
    public ActivityType type() {
        return ActivityType.LOOK_BACK;
    }

    @Override
    public String headline() {
        return questions.getFirst();
    }
}
