package nl.kring.benchmark;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/** Runs a piece of work twice to warm up, then {@code runs} times, and reports it as a Markdown table row. */
final class TimedRuns {

    private TimedRuns() {
    }

    /** {@code | what | min ms | median ms | max ms | allocated MB per run |}, on the calling thread. */
    static String row(String what, int runs, Supplier<Object> work) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        work.get();
        work.get();
        long[] times = new long[runs];
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
            allocated += threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(times);
        return "| " + what + " | " + times[0] / 1_000_000 + " | " + times[runs / 2] / 1_000_000 + " | "
                + times[runs - 1] / 1_000_000 + " | " + allocated / runs / (1024 * 1024) + " |";
    }
}
