package nl.kring.session;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.session.StepId;

/**
 * One thing a participant sends from a tablet, written for one step: an answer, an
 * anonymous thought or view, a number on a scale, a small step. It carries its own step
 * (not "the current one"), so that it is stored where it was written even when it arrives
 * after the session moved on, and a key, so that a re-send after a lost connection or a
 * restart is stored once. The tablet keeps it until Kring confirms it (the outbox,
 * docs/adr/0010).
 *
 * @param question  which question of the step, for rounds and scales; 0 otherwise
 * @param text      what was written; empty for a number
 * @param number    the number tapped on a scale; 0 otherwise
 * @param writtenOn the board the tablet showed when it was written (a challenge question, a
 *                  perspective card of one round); {@code null} where the step has one board
 * @param fields    what a form of more than one field held, by name (a mood card: its kind,
 *                  words, area, colour, photo); empty for the kinds that send one text
 */
public record TabletSubmission(UUID key, Kind kind, StepId step, int question, String text, int number,
                               String writtenOn, Map<String, String> fields) {

    /** What is sent; each kind is stored by one service ({@link SubmissionHandler}). */
    public enum Kind { ANSWER, CONTRIBUTION, SCALE, SMALL_STEP, MOOD_CARD }

    public TabletSubmission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** A submission of one text (every kind but a mood card). */
    public TabletSubmission(UUID key, Kind kind, StepId step, int question, String text, int number,
                            String writtenOn) {
        this(key, kind, step, question, text, number, writtenOn, Map.of());
    }

    /** A named field of a form; "" when the form did not hold it. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    /** What a send button on a tablet will send, before it has a key and the text typed. */
    public record Draft(Kind kind, StepId step, int question, int number, String writtenOn) {

        public static Draft answer(StepId step, int question) {
            return new Draft(Kind.ANSWER, step, question, 0, null);
        }

        public static Draft contribution(StepId step, String writtenOn) {
            return new Draft(Kind.CONTRIBUTION, step, 0, 0, writtenOn);
        }

        public static Draft scale(StepId step, int question, int number) {
            return new Draft(Kind.SCALE, step, question, number, null);
        }

        public static Draft smallStep(StepId step) {
            return new Draft(Kind.SMALL_STEP, step, 0, 0, null);
        }

        public static Draft moodCard(StepId step) {
            return new Draft(Kind.MOOD_CARD, step, 0, 0, null);
        }

        public TabletSubmission with(UUID key, String text) {
            return with(key, text, Map.of());
        }

        public TabletSubmission with(UUID key, String text, Map<String, String> fields) {
            return new TabletSubmission(key, kind, step, question, text, number, writtenOn, fields);
        }
    }
}
