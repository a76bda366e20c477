package nl.kring.domain.session;

import java.util.List;
import java.util.stream.IntStream;

/**
 * An activity whose questions participants answer in a few words on their tablets (a
 * question round, the look back): the answers are stored and shown the same way.
 */
public interface AnswerableQuestions extends Activity {

    List<String> questions();

    /** Ready-made answers a participant can tap for one question; none unless the activity offers them. */
    default List<String> choicesFor(int question) {
        return List.of();
    }

    /** Whether any question offers answers to tap. */
    default boolean offersChoices() {
        return IntStream.range(0, questions().size()).anyMatch(q -> !choicesFor(q).isEmpty());
    }

    /** Whether answers are stored without their author. */
    boolean anonymous();
}
