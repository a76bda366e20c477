package nl.kring.domain.thought;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * Where a challenge step stands: the thoughts challenged so far (the last one is current),
 * which of the three questions is on the tablets, and the helping thought per thought.
 *
 * @param question 0–2 while the questions run; {@value #HELPING_THOUGHT} when the group
 *                 formulates the helping thought
 */
public record ChallengeState(List<Challenged> challenged, int question) {

    public static final int HELPING_THOUGHT = ThoughtChallenge.QUESTION_COUNT;
    public static final int MAX_HELPING_THOUGHT_LENGTH = 200;

    /** A thought from the wall, and the helping thought the group put beside it ("" until then). */
    public record Challenged(ContributionId thought, String helpingThought) {
        public Challenged {
            helpingThought = Texts.optionalText("helpingThought", helpingThought, MAX_HELPING_THOUGHT_LENGTH);
        }
    }

    public ChallengeState {
        challenged = List.copyOf(challenged);
        if (question < 0 || question > HELPING_THOUGHT) {
            throw new IllegalArgumentException("question " + question);
        }
    }

    public static ChallengeState notStarted() {
        return new ChallengeState(List.of(), 0);
    }

    public Optional<Challenged> current() {
        return challenged.isEmpty() ? Optional.empty() : Optional.of(challenged.getLast());
    }

    /** Starts on a (new) thought at the first question; picking the current thought again changes nothing. */
    public ChallengeState pick(ContributionId thought) {
        if (current().map(c -> c.thought().equals(thought)).orElse(false)) {
            return this;
        }
        List<Challenged> next = new ArrayList<>(challenged.stream().filter(c -> !c.thought().equals(thought))
                .toList());
        String earlier = challenged.stream().filter(c -> c.thought().equals(thought)).findFirst()
                .map(Challenged::helpingThought).orElse("");
        next.add(new Challenged(thought, earlier));
        return new ChallengeState(next, 0);
    }

    public ChallengeState toQuestion(int index) {
        if (current().isEmpty()) {
            throw new InvalidValueException("thought", "validation.pick-thought-first");
        }
        return new ChallengeState(challenged, Math.clamp(index, 0, HELPING_THOUGHT));
    }

    public ChallengeState withHelpingThought(String text) {
        Challenged now = current().orElseThrow(() ->
                new InvalidValueException("thought", "validation.pick-thought-first"));
        String helping = Texts.requireLine("helpingThought", text, MAX_HELPING_THOUGHT_LENGTH);
        List<Challenged> next = new ArrayList<>(challenged.subList(0, challenged.size() - 1));
        next.add(new Challenged(now.thought(), helping));
        return new ChallengeState(next, question);
    }

    public boolean asksQuestion() {
        return current().isPresent() && question < HELPING_THOUGHT;
    }
}
