package dev.precis.sweep.run;

/**
 * How a sweep run ended.
 *
 * @param total       points in the sweep
 * @param alreadyDone points an earlier run had recorded (skipped)
 * @param ran         points this run recorded
 * @param failed      of those, points that recorded an error
 * @param requeued    points re-run because their worker went away
 * @param stopped     true when Ctrl-C stopped the run before every point was recorded
 */
public record SweepTally(int total, int alreadyDone, int ran, int failed, int requeued, boolean stopped) {

    public int remaining() {
        return total - alreadyDone - ran;
    }
}
