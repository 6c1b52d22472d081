package dev.precis.sweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.ExtendedActorSystem;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import akka.actor.typed.javadsl.Behaviors;
import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.PointResult;
import dev.precis.sweep.run.CoordinatorCommand;
import dev.precis.sweep.run.SweepAkkaConfig;
import dev.precis.sweep.run.WorkerCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SweepSerializerTest {

    static ActorSystem<Void> system;

    @BeforeAll
    static void start() {
        system = ActorSystem.create(Behaviors.empty(), "serializer-test", SweepAkkaConfig.local(1));
    }

    @AfterAll
    static void stop() {
        system.terminate();
    }

    @Test
    void everyProtocolMessageSurvivesTheWire() throws Exception {
        SweepSerializer s = new SweepSerializer((ExtendedActorSystem) Adapter.toClassic(system));
        ActorRef<WorkerCommand> worker = system.systemActorOf(Behaviors.<WorkerCommand>empty(), "w",
                akka.actor.typed.Props.empty());
        Point p = Point.of("ant-os", "vgg16", "artifact", 2, Map.of("pe.rows", "16", "clock.mhz", "612.5"));
        List<Object> messages = List.of(
                new CoordinatorCommand.RequestWork(worker, "0.1.0", "mapper-1"),
                new CoordinatorCommand.PointFinished(worker, new PointOutcome.Done("k1", p, new PointResult(123, 456,
                        612.5, Optional.of(EnergyPj.of(0.1, 2e9, 3.25, 4)), Optional.of(1.5)))),
                new CoordinatorCommand.PointFinished(worker, new PointOutcome.Done("k3", p, new PointResult(9, 8, 500,
                        Optional.empty(), Optional.empty()))),
                new CoordinatorCommand.PointFinished(worker, new PointOutcome.Failed("k2", p, "no mapping fits")),
                new CoordinatorCommand.Stop(),
                new WorkerCommand.Work("k1", p),
                new WorkerCommand.NoMoreWork("the sweep is over"));
        for (Object m : messages) {
            assertThat(s.fromBinary(s.toBinary(m), s.manifest(m))).isEqualTo(m);
        }
    }
}
