package nl.kring.domain.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * One or more questions (e.g. "Hoe is het met je?") that participants may answer in a few
 * words; the facilitator chooses whether answers are shown with names or anonymously. A
 * question may come with ready-made answers to tap ("Goed", "Gaat wel"), so that someone
 * who does not type still takes part.
 *
 * @param choices per question, the answers a participant can tap (an empty list: none)
 */
public record QuestionRound(List<String> questions, AnswerVisibility visibility, List<List<String>> choices)
        implements AnswerableQuestions {

    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_QUESTION_LENGTH = 200;
    public static final int MAX_CHOICES = 6;
    public static final int MAX_CHOICE_LENGTH = 80;

    public QuestionRound {
        Objects.requireNonNull(visibility, "visibility");
        List<String> given = questions == null ? List.of() : questions;
        List<List<String>> givenChoices = choices == null ? List.of() : choices;
        List<String> kept = new ArrayList<>();
        List<List<String>> keptChoices = new ArrayList<>();
        // a question left empty is dropped together with its choices, so each keeps its own
        for (int i = 0; i < given.size(); i++) {
            String question = given.get(i);
            if (question == null || question.isBlank()) {
                continue;
            }
            kept.add(Texts.requireLine("questions", question, MAX_QUESTION_LENGTH));
            keptChoices.add(choicesOf(i < givenChoices.size() ? givenChoices.get(i) : null));
        }
        if (kept.isEmpty()) {
            throw new InvalidValueException("questions", "validation.question-required");
        }
        if (kept.size() > MAX_QUESTIONS) {
            throw new InvalidValueException("questions", "validation.too-many-questions", MAX_QUESTIONS);
        }
        questions = List.copyOf(kept);
        choices = List.copyOf(keptChoices);
    }

    /** A round without ready-made answers. */
    public QuestionRound(List<String> questions, AnswerVisibility visibility) {
        this(questions, visibility, List.of());
    }

    private static List<String> choicesOf(List<String> given) {
        List<String> kept = (given == null ? List.<String>of() : given).stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> Texts.requireLine("choices", c, MAX_CHOICE_LENGTH))
                .distinct()
                .toList();
        if (kept.size() > MAX_CHOICES) {
            throw new InvalidValueException("choices", "validation.too-many-choices", MAX_CHOICES);
        }
        return kept;
    }

    @Override
    public List<String> choicesFor(int question) {
        return choices.get(question);
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
