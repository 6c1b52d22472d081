package dev.precis.accelerators.compare;

import dev.precis.accelerators.run.RunReport;

/**
 * Told as each design's run ends (one call at a time, in the order the runs end) and, before the runs, as the
 * shared pass describes each layer ({@link #described}); {@link #NONE} ignores both.
 */
@FunctionalInterface
public interface CompareProgress {
    /**
     * @param done    runs finished so far, this one included
     * @param count   runs in all (the baseline included)
     * @param seconds wall time of this run
     */
    void designDone(int done, int count, RunReport report, double seconds);

    /**
     * A line of the pass that describes the layers of the designs that share it, before any run (e.g. {@code
     * described conv1 (1 of 54) with 5 quantizers}): on a batch-64 ResNet-50 it is most of the wall time. Called
     * from one thread at a time.
     */
    default void described(String line) {
    }

    CompareProgress NONE = (d, n, r, s) -> { };
}
