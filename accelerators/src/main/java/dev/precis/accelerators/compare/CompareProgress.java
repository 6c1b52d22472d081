package dev.precis.accelerators.compare;

import dev.precis.accelerators.run.RunReport;

/** Told as each design's run ends (one call at a time, in the order the runs end); {@link #NONE} ignores it. */
@FunctionalInterface
public interface CompareProgress {
    /**
     * @param done    runs finished so far, this one included
     * @param count   runs in all (the baseline included)
     * @param seconds wall time of this run
     */
    void designDone(int done, int count, RunReport report, double seconds);

    CompareProgress NONE = (d, n, r, s) -> { };
}
