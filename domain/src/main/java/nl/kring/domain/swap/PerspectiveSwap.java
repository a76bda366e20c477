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

    public PerspectiveSwap {
        situation = Texts.optionalText("situation", situation, MAX_SITUATION_LENGTH);
        cards = PerspectiveCards.check(cards);
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
