package dev.precis.sweep.run;

import akka.actor.typed.ActorRef;
import dev.precis.sweep.point.PointOutcome;

/** What the sweep coordinator handles. */
public sealed interface CoordinatorCommand extends SweepMessage
        permits CoordinatorCommand.RequestWork, CoordinatorCommand.PointFinished, CoordinatorCommand.Stop {

    /** An idle worker asks for a point; the coordinator refuses one running other code (version or evaluator). */
    record RequestWork(ActorRef<WorkerCommand> worker, String precisVersion, String evaluatorId)
            implements CoordinatorCommand {
    }

    /** A worker finished its point and is ready for the next. */
    record PointFinished(ActorRef<WorkerCommand> worker, PointOutcome outcome) implements CoordinatorCommand {
    }

    /** Ctrl-C: hand out no more points, wait for those running, then end (rerunning resumes). */
    record Stop() implements CoordinatorCommand {
    }
}
