package nl.kring.domain.scale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the screens show of a running scale question: the numbers per question as they stood
 * at the last showing, and how many answers came (or changed) since. The spread on the
 * screens changes only by {@value #BATCH} new answers at once, or when the facilitator shows
 * it: redrawn on every tap, one bar moving by one would tell the room the number that person
 * just tapped. A person's own number stays live on their own tablet.
 *
 * @param shownValues    per question, the numbers as last shown (no people, sorted)
 * @param newSinceShown  answers given or changed since the last showing
 */
public record ScaleSpread(List<List<Integer>> shownValues, int newSinceShown) {

    public static final int BATCH = 3;

    public ScaleSpread {
        shownValues = shownValues.stream().map(values -> values.stream().sorted().toList()).toList();
        if (newSinceShown < 0) {
            throw new IllegalArgumentException("newSinceShown");
        }
    }

    public static ScaleSpread nothingShown() {
        return new ScaleSpread(List.of(), 0);
    }

    /** One answer given or changed: shown with the others once a batch is full. */
    public ScaleSpread afterAnswer(Map<Integer, ? extends Collection<Integer>> valuesNow) {
        int counted = newSinceShown + 1;
        return counted >= BATCH ? shown(valuesNow) : new ScaleSpread(shownValues, counted);
    }

    /** Shows the numbers as they are now (the facilitator's "toon", or a full batch). */
    public static ScaleSpread shown(Map<Integer, ? extends Collection<Integer>> valuesNow) {
        int questions = valuesNow.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Integer>> values = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            Collection<Integer> ofQuestion = valuesNow.get(q);
            values.add(ofQuestion == null ? List.of() : List.copyOf(ofQuestion));
        }
        return new ScaleSpread(values, 0);
    }

    /** The spread of one question as last shown. */
    public ScaleDistribution of(int question) {
        return ScaleDistribution.of(question < shownValues.size() ? shownValues.get(question) : List.of());
    }
}
