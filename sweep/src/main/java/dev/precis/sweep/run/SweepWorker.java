package dev.precis.sweep.run;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointOutcome;
import java.util.function.Consumer;

/**
 * Evaluates one point at a time for a coordinator: asks for work when it starts, answers each point with its
 * outcome (which is also its request for the next), and stops when told there is no more. It runs on a dispatcher
 * of its own threads, as evaluating a point blocks for as long as the point takes.
 */
public final class SweepWorker {

    private SweepWorker() {
    }

    public static Behavior<WorkerCommand> create(ActorRef<CoordinatorCommand> coordinator, PointEvaluator evaluator,
                                                 String precisVersion) {
        return create(coordinator, evaluator, precisVersion, reason -> { });
    }

    /** A worker that passes the coordinator's reason for ending ({@link WorkerCommand.NoMoreWork}) to {@code onEnd}. */
    public static Behavior<WorkerCommand> create(ActorRef<CoordinatorCommand> coordinator, PointEvaluator evaluator,
                                                 String precisVersion, Consumer<String> onEnd) {
        return Behaviors.setup(ctx -> {
            coordinator.tell(new CoordinatorCommand.RequestWork(ctx.getSelf(), precisVersion, evaluator.id()));
            return Behaviors.receive(WorkerCommand.class)
                    .onMessage(WorkerCommand.Work.class, w -> {
                        coordinator.tell(new CoordinatorCommand.PointFinished(ctx.getSelf(), evaluate(evaluator, w)));
                        return Behaviors.same();
                    })
                    .onMessage(WorkerCommand.NoMoreWork.class, m -> {
                        onEnd.accept(m.reason());
                        return Behaviors.stopped();
                    })
                    .build();
        });
    }

    /** The point's outcome; an exception (or a stack overflow) is the point's error, and the worker goes on. */
    static PointOutcome evaluate(PointEvaluator evaluator, WorkerCommand.Work w) {
        try {
            return new PointOutcome.Done(w.key(), w.point(), evaluator.evaluate(w.point()));
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage();
            return new PointOutcome.Failed(w.key(), w.point(), m == null || m.isBlank() ? e.getClass().getSimpleName()
                    : m.replace('\n', ' '));
        }
    }
}
