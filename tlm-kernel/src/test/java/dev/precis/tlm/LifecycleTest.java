package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SystemC-style phases run in order, and what a component sees in them is the same on every engine. */
class LifecycleTest {
    static final class Recorder extends Component {
        final List<String> phases = new ArrayList<>();
        final Port port = peerPort("p", tx -> phases.add("message at " + ctx().now()));
        final boolean sends;
        long nowAtEnd = -1;

        Recorder(boolean sends) {
            this.sends = sends;
        }

        @Override
        protected void onEndOfElaboration() {
            phases.add("end of elaboration, peer " + port.peer().owner().name());
        }

        @Override
        protected void onStart() {
            phases.add("start");
            if (sends) ctx().send(port, Transaction.message(1), SimTime.ns(10));
        }

        @Override
        protected void onEnd() {
            nowAtEnd = ctx().now();
            phases.add("end");
        }
    }

    @Test
    void phasesRunInOrderAndOnEndSeesTheRunsEndTimeOnEveryEngine() {
        for (Engine engine : List.of(new SequentialEngine(), new ActorEngine(2))) {
            Model.Builder b = Model.builder();
            Recorder a = b.add("a", new Recorder(true));
            Recorder c = b.add("c", new Recorder(false));
            b.link(a.port, c.port, SimTime.ns(1));
            SimulationResult r = engine.run(b.build()).orThrow();
            assertThat(c.phases).as(engine.name()).containsExactly("end of elaboration, peer a", "start",
                    "message at 11000", "end");
            assertThat(a.phases).as(engine.name()).containsExactly("end of elaboration, peer c", "start", "end");
            // a's last own event was at time 0, but the run ended at 11 ns: onEnd sees the run's end on both engines.
            assertThat(a.nowAtEnd).as(engine.name()).isEqualTo(SimTime.ns(11)).isEqualTo(r.endTimePs());
            assertThat(c.nowAtEnd).isEqualTo(SimTime.ns(11));
        }
    }
}
