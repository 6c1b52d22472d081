package dev.precis.sweep.run;

import dev.precis.sweep.point.Point;

/** What a sweep worker handles. */
public sealed interface WorkerCommand extends SweepMessage permits WorkerCommand.Work, WorkerCommand.NoMoreWork {

    /** Evaluate this point (its key is the coordinator's; the worker sends it back with the outcome). */
    record Work(String key, Point point) implements WorkerCommand {
    }

    /** The sweep is over (or the worker was refused): stop. */
    record NoMoreWork(String reason) implements WorkerCommand {
    }
}
