package nl.kring.domain.thought;

/**
 * Names the boards within one step. A thought wall has one board; a challenge has one per
 * question per challenged thought; a perspective swap one per card per round. Each board
 * is revealed on its own.
 */
public final class BoardKey {

    public static final String WALL = "wall";

    private BoardKey() {
    }

    /** Answers to challenge question {@code question} (0–2) about one thought. */
    public static String challengeQuestion(ContributionId thought, int question) {
        return "q" + question + ":" + thought.value();
    }

    /** Views from one perspective card in one round (1, 2, …). */
    public static String perspective(int round, String card) {
        return "r" + round + ":" + card;
    }
}
