package nl.kring.domain.session;

/**
 * The settings of one step of a session plan: what the group does in it. Each activity
 * type (information card, question round, and the later ones such as the thought wall) is
 * a record implementing this interface and a constant of {@link ActivityType}; the
 * session engine itself does not know what an activity does.
 */
public interface Activity {

    ActivityType type();

    /**
     * A short label for lists of steps, e.g. the card's title or the first question; empty
     * when the activity has nothing of its own to show (then its type's name stands alone).
     */
    String headline();
}
