package dev.precis.sweep.run;

import dev.precis.sweep.point.PointOutcome;

/** Told of the sweep's progress by the coordinator (from its actor: implementations must be quick and thread-safe). */
public interface SweepListener {

    SweepListener NONE = new SweepListener() {
    };

    /** The sweep starts: {@code total} points, {@code alreadyDone} of them recorded by an earlier run. */
    default void started(int total, int alreadyDone) {
    }

    /** A point was recorded; {@code done} counts every recorded point of the sweep, earlier runs' included. */
    default void finished(PointOutcome outcome, int done, int total) {
    }

    /** A worker went away with a point, which goes back to the queue. */
    default void requeued(String pointLabel, String worker) {
    }

    /** A worker was refused (other Precis version or evaluator). */
    default void refused(String worker, String reason) {
    }

    /** The sweep ended: completed, or stopped by Ctrl-C. */
    default void ended(SweepTally tally) {
    }
}
