package nl.kring.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** min / median / p95 / p99 / max of a list of samples. */
record Stats(int samples, double min, double median, double p95, double p99, double max) {

    static Stats of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return new Stats(0, 0, 0, 0, 0, 0);
        }
        return new Stats(sorted.size(), sorted.getFirst(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f |", name, samples, min, median,
                p95, p99, max);
    }

    static final String HEADER = "| measure | samples | min | median | p95 | p99 | max |\n|---|---|---|---|---|---|---|";
}
