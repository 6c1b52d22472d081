package dev.precis.tlm;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import java.util.List;

/** Hosts one {@link Partition} in an actor: start it, run it window by window, then finish it. */
final class PartitionActor {
    sealed interface Command permits Start, RunWindow, Finish {}

    record Start(ActorRef<WindowCoordinator.Message> replyTo) implements Command {}

    /** Queue {@code incoming}, then run every event earlier than {@code endExclusive}. */
    record RunWindow(long endExclusive, List<List<Event>> incoming, ActorRef<WindowCoordinator.Message> replyTo)
            implements Command {}

    record Finish(boolean callOnEnd, long endTimePs, ActorRef<WindowCoordinator.Message> replyTo) implements Command {}

    private PartitionActor() {}

    static Behavior<Command> create(Partition partition) {
        return Behaviors.receive(Command.class)
                .onMessage(Start.class, m -> {
                    guarded(partition, m.replyTo(), () -> {
                        partition.start();
                        m.replyTo().tell(progress(partition, 0));
                    });
                    return Behaviors.same();
                })
                .onMessage(RunWindow.class, m -> {
                    guarded(partition, m.replyTo(), () -> {
                        for (List<Event> batch : m.incoming()) partition.accept(batch);
                        long before = partition.events;
                        partition.runUntil(m.endExclusive());
                        m.replyTo().tell(progress(partition, partition.events - before));
                    });
                    return Behaviors.same();
                })
                .onMessage(Finish.class, m -> {
                    guarded(partition, m.replyTo(), () ->
                            m.replyTo().tell(new WindowCoordinator.Finished(partition.finish(m.callOnEnd(), m.endTimePs()),
                                    partition.failure)));
                    return Behaviors.same();
                })
                .build();
    }

    private static WindowCoordinator.Progress progress(Partition p, long eventsInWindow) {
        return new WindowCoordinator.Progress(p.index, p.nextEventTime(), p.drainOutbox(), p.stopRequestTime(),
                p.stopRequester(), p.stopReason, p.failure, eventsInWindow, p.now);
    }

    /** A bug in the engine itself must end the run with an error, never leave the coordinator waiting. */
    private static void guarded(Partition p, ActorRef<WindowCoordinator.Message> replyTo, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            replyTo.tell(new WindowCoordinator.Crashed(p.index, e));
        }
    }
}
