package nl.kring.domain.moodboard;

import java.util.List;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A part of a moodboard that cards are placed in: one of the quadrants of "een gesprek van
 * waarde" (Hart, Ziel, Lichaam, Hoofd) with the seed's questions for it, or an area the
 * facilitator named.
 */
public record Area(String title, List<String> questions) {

    public static final int MAX_TITLE_LENGTH = 40;
    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_QUESTION_LENGTH = 160;

    public Area {
        title = Texts.requireLine("areas", title, MAX_TITLE_LENGTH);
        questions = questions == null ? List.of() : questions.stream()
                .filter(q -> q != null && !q.isBlank())
                .map(q -> Texts.requireLine("areas", q, MAX_QUESTION_LENGTH))
                .toList();
        if (questions.size() > MAX_QUESTIONS) {
            throw new InvalidValueException("areas", "validation.too-many-area-questions", MAX_QUESTIONS);
        }
    }
}
