package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.Port;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.Counter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The NoC component gives identical results on the sequential and the actor engine. */
class NocEngineEquivalenceTest {

    /** Sends {@code count} messages to random nodes, a random few cycles apart, and counts what it receives. */
    private static final class Node extends Component {
        private final int nodes;
        private final int count;
        private final Port port;
        private int sent;
        private Counter received;

        Node(int nodes, int count) {
            this.nodes = nodes;
            this.count = count;
            this.port = peerPort("net", tx -> received.increment());
        }

        @Override
        protected void onEndOfElaboration() {
            received = ctx().stats().counter("received", "count", "messages received");
        }

        @Override
        protected void onStart() {
            ctx().schedule(1000, "send");
        }

        @Override
        protected void onEvent(Object event) {
            SplittableRandom rng = ctx().random();
            ctx().send(port, Transaction.message(ctx().newTransactionId())
                    .withExtension(NocComponent.DESTINATION, rng.nextInt(nodes)));
            if (++sent < count) {
                ctx().schedule(1000L * (1 + rng.nextInt(8)), "send");
            }
        }
    }

    private static Model model() {
        Model.Builder b = Model.builder().seed(42);
        NocConfig config = NocConfig.builder().k(4).build();
        NocComponent noc = b.add("top.noc", new NocComponent(config, ClockDomain.ofMHz("noc", 1000), TechnologyNode.NM28,
                NocEnergyModel.LINK_PJ_PER_BIT_MM_28NM, 1.0));
        for (int n = 0; n < 16; n++) {
            Node node = b.add("top.node" + (n < 10 ? "0" : "") + n, new Node(16, 50));
            b.link(node.port("net"), noc.port("node" + n), 500);
        }
        return b.build();
    }

    @Test
    void sequentialAndActorEnginesAgree() {
        SimulationResult sequential = new SequentialEngine().run(model());
        SimulationResult actors = new ActorEngine(2).partitionedInto(2).run(model());
        assertThat(sequential.ok()).isTrue();
        assertThat(sequential.stats().counter("top.noc.packetsDelivered")).isEqualTo(16 * 50);
        assertThat(sequential.stats().sumOf("received")).isEqualTo(16 * 50);
        assertThat(actors.endTimePs()).isEqualTo(sequential.endTimePs());
        assertThat(actors.digest()).isEqualTo(sequential.digest());
        assertThat(actors.stats()).isEqualTo(sequential.stats());
    }
}
