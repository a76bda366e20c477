package nl.kring.domain.session;

import java.util.List;
import java.util.Objects;
import nl.kring.domain.shared.Texts;

/**
 * Wishes and ideas (wensen en ideeën, "In gesprek over eenzaamheid" step 4): each
 * participant names a wish — one of the seed's examples or their own — and then the group
 * brainstorms ideas to come a step closer, with the seven forms of support as inspiration.
 * Answers are shown with names or anonymously, as the facilitator chooses.
 */
public record WishesAndIdeas(String wishQuestion, String ideasQuestion, AnswerVisibility visibility)
        implements AnswerableQuestions {

    public WishesAndIdeas {
        wishQuestion = Texts.requireLine("wishQuestion", wishQuestion, QuestionRound.MAX_QUESTION_LENGTH);
        ideasQuestion = Texts.requireLine("ideasQuestion", ideasQuestion, QuestionRound.MAX_QUESTION_LENGTH);
        Objects.requireNonNull(visibility, "visibility");
    }

    /** Question 0 is the wish, question 1 the ideas. */
    @Override
    public List<String> questions() {
        return List.of(wishQuestion, ideasQuestion);
    }

    @Override
    public boolean anonymous() {
        return visibility == AnswerVisibility.ANONYMOUS;
    }

    @Override
    public ActivityType type() {
        return ActivityType.WISHES_AND_IDEAS;
    }

    @Override
    public String headline() {
        return wishQuestion;
    }
}
