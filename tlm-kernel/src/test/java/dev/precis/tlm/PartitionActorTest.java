package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import dev.precis.tlm.models.KernelModels;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The partition actor on its own: it runs exactly its window and hands over events for other partitions. */
class PartitionActorTest {
    static final ActorTestKit KIT = ActorTestKit.create();

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    @Test
    void runsOnlyEventsInsideTheWindowAndReportsOutgoingEvents() {
        // Ring of 2: node 0 (partition 0) starts a token; it reaches node 1 (partition 1) after 1 ns.
        Model model = KernelModels.ring(2, 1, 100);
        model.claim();
        int[] partitionOf = {0, 1};
        Partition p0 = new Partition(0, model, partitionOf, 2, null);
        TestProbe<WindowCoordinator.Message> probe = KIT.createTestProbe();
        ActorRef<PartitionActor.Command> actor = KIT.spawn(PartitionActor.create(p0));

        actor.tell(new PartitionActor.Start(probe.getRef()));
        WindowCoordinator.Progress started = probe.expectMessageClass(WindowCoordinator.Progress.class);
        assertThat(started.outgoing().destinations()).containsExactly(1);
        assertThat(started.outgoing().events()[0]).hasSize(1);
        assertThat(started.outgoing().minTime()[0]).isEqualTo(SimTime.ns(1));
        assertThat(started.nextEventTime()).isEqualTo(Long.MAX_VALUE);

        // The token comes back from partition 1 at 2 ns; a window ending at 2 ns must not run it.
        Event back = new Event(SimTime.ns(2), 1, 0, 0, Event.TRANSACTION, model.components().get(0).port("in"),
                Transaction.message(99));
        actor.tell(new PartitionActor.RunWindow(SimTime.ns(2), List.of(List.of(back)), probe.getRef()));
        WindowCoordinator.Progress idle = probe.expectMessageClass(WindowCoordinator.Progress.class);
        assertThat(idle.nextEventTime()).isEqualTo(SimTime.ns(2));
        assertThat(p0.events).isZero();

        actor.tell(new PartitionActor.RunWindow(SimTime.ns(3), List.of(), probe.getRef()));
        WindowCoordinator.Progress ran = probe.expectMessageClass(WindowCoordinator.Progress.class);
        assertThat(p0.events).isEqualTo(1);
        assertThat(ran.outgoing().minTime()[0]).isEqualTo(SimTime.ns(3));
    }
}
