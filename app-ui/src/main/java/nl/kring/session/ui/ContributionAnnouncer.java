package nl.kring.session.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.session.LiveSnapshot;

/**
 * Decides when a tablet's screen reader hears that something was added to the current step
 * (thoughts shown on the wall, views on a card, cards on the moodboard). It says only how
 * many there are now, and at most once per quiet period: ten people sending at once is one
 * announcement, not ten, so the reader is never flooded.
 */
final class ContributionAnnouncer {

    static final Duration QUIET = Duration.ofSeconds(15);

    private StepId step;
    private int announced;
    private Instant last = Instant.MIN;

    /** The number to announce now, if there is news worth saying. */
    OptionalInt next(LiveSnapshot snapshot, Step current, Instant now) {
        int shown = shownOnTablets(snapshot, current.id());
        if (!current.id().equals(step)) {
            // a new step is announced as such; what was already there is not news
            step = current.id();
            announced = shown;
            return OptionalInt.empty();
        }
        if (shown <= announced || now.isBefore(last.plus(QUIET))) {
            return OptionalInt.empty();
        }
        announced = shown;
        last = now;
        return OptionalInt.of(shown);
    }

    /** What the group can see at this step on a tablet; private answers are not counted. */
    static int shownOnTablets(LiveSnapshot snapshot, StepId step) {
        int cards = (int) snapshot.moodCardsOf(step).stream().filter(MoodCard::isShown).count();
        return snapshot.visibleIn(step).size() + cards;
    }
}
