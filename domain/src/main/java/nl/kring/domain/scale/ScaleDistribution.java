package nl.kring.domain.scale;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the numbers of one scale question are spread: how many people chose each of 0–10,
 * and the median. A spread of fewer than {@value #MIN_ANSWERS} answers is never shown,
 * because with one or two answers everyone could tell whose number is whose.
 */
public record ScaleDistribution(List<Integer> counts, int total, double median) {

    public static final int MIN_ANSWERS = 3;

    public static ScaleDistribution of(Collection<Integer> values) {
        int[] counts = new int[ScaleAnswer.MAX + 1];
        values.forEach(v -> counts[v]++);
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new ScaleDistribution(IntStream.of(counts).boxed().toList(), n, median);
    }

    /** Whether there are enough answers to show the spread to the group. */
    public boolean mayBeShown() {
        return total >= MIN_ANSWERS;
    }

    /** The highest count, to scale the bars. */
    public int highest() {
        return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
