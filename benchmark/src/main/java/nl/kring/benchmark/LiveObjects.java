package nl.kring.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a Kring process by class, from {@code jcmd GC.class_histogram} (which
 * runs a full GC first, so only reachable objects count). Two of them, taken at different
 * numbers of connected tablets, tell what one tablet costs and in which classes — steadier
 * than the heap's "used" figure, which also counts what was allocated since the collection.
 */
record LiveObjects(long totalBytes, Map<String, Long> bytes, Map<String, Long> instances) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    static LiveObjects parse(String histogram) {
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Long> instances = new LinkedHashMap<>();
        long total = 0;
        for (String line : histogram.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
                instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(2));
            }
        }
        return new LiveObjects(total, bytes, instances);
    }

    /** A class and what each extra tablet adds of it. */
    record PerTablet(String className, double bytes, double instances) {
    }

    /** The {@code top} classes that grew most per tablet from {@code before} (at n1 tablets) to this (at n2). */
    List<PerTablet> growthPerTablet(LiveObjects before, int n1, int n2, int top) {
        double tablets = n2 - n1;
        return bytes.keySet().stream()
                .map(name -> new PerTablet(name,
                        (bytes.get(name) - before.bytes.getOrDefault(name, 0L)) / tablets,
                        (instances.get(name) - before.instances.getOrDefault(name, 0L)) / tablets))
                .sorted(Comparator.comparingDouble(PerTablet::bytes).reversed()).limit(top).toList();
    }
}
