package nl.kring.domain.swap;

import java.util.List;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.Texts;

/**
 * Perspective swap (perspectiefwisseling, "Spelen met gedachten" §4a): a situation in the
 * middle, every participant a perspective card, views written and revealed per card, and
 * the cards swapped in the next round.
 *
 * @param situation the situation as planned; may be empty when the facilitator puts it in
 *                  the middle during the session (typed, or a thought from the wall)
 * @param cards     the perspective cards in play at the start
 */
public record PerspectiveSwap(String situation, List<String> cards) implements Activity {

    public static final int MAX_SITUATION_LENGTH = 280;

    /** The cards of the seed. */
    public static final List<String> SEED_CARDS = List.of(
            "De positieve kant",
            "Een kind",
            "Jouw held",
            "De rollen omgedraaid",
            "De ander in deze situatie");

    public PerspectiveSwap {
        situation = Texts.optionalText("situation", situation, MAX_SITUATION_LENGTH);
        cards = PerspectiveCards.check(cards);
    }

    public static PerspectiveSwap withSeedCards(String situation) {
        return new PerspectiveSwap(situation, SEED_CARDS);
    }

    @Override
    public ActivityType type() {
        return ActivityType.PERSPECTIVE_SWAP;
    }

    @Override
    public String headline() {
        return situation.isEmpty() ? String.join(" · ", cards) : situation;
    }
}
