package nl.kring.domain.session;

import java.util.List;
import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * One or more questions (e.g. "Hoe is het met je?") that participants may answer in a few
 * words; the facilitator chooses whether answers are shown with names or anonymously.
 */
public record QuestionRound(List<String> questions, AnswerVisibility visibility) implements AnswerableQuestions {

    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_QUESTION_LENGTH = 200;

    public QuestionRound {
        Objects.requireNonNull(visibility, "visibility");
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
    public boolean anonymous() {
        return visibility == AnswerVisibility.ANONYMOUS;
    }

    @Override
    public ActivityType type() {
        return ActivityType.QUESTION_ROUND;
    }

    @Override
    public String headline() {
        return questions.getFirst();
    }
}
