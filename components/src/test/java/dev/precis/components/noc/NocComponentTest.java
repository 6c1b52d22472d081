package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.stats.StatValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NocComponentTest {

    private static NocComponent mesh4() {
        return (NocComponent) ComponentRegistry.load().create("noc", "dut", Map.of("topology", "mesh", "k", 4));
    }

    private static Transaction message(long id, int dest, long bytes) {
        return Transaction.message(id).withExtension(NocComponent.DESTINATION, dest);
    }

    @Test
    void messageLeavesAtItsDestinationAfterTheZeroLoadLatency() {
        ComponentHarness h = ComponentHarness.of(mesh4());
        // Arrives at 1000 ps = cycle 1 of the 1 GHz clock; (0,0) to (3,3) is 6 hops, 7 routers.
        h.deliver("node0", message(1, 15, 16), 1000);
        h.run();
        assertThat(h.sent("node15")).hasSize(1);
        assertThat(h.sent("node15").get(0).timePs()).isEqualTo((1 + 2 + 7 * 4) * 1000L);
        assertThat(h.sent("node15").get(0).tx().id()).isEqualTo(1);
        assertThat(h.stats().counter("dut.packetsDelivered")).isEqualTo(1);
    }

    @Test
    void largerMessagesTakeOneCyclePerExtraFlit() {
        ComponentHarness h = ComponentHarness.of(mesh4());
        h.deliver("node0", Transaction.of(2, dev.precis.tlm.Command.MESSAGE, 0, 64)
                .withPhase(dev.precis.tlm.Phase.ONE_WAY).withExtension(NocComponent.DESTINATION, 15), 1000);
        h.run();
        // 64 B over 16-B flits: 4 flits, the tail 3 cycles behind the head.
        assertThat(h.sent("node15").get(0).timePs()).isEqualTo((1 + 2 + 7 * 4 + 3) * 1000L);
        assertThat(h.stats().counter("dut.flitsDelivered")).isEqualTo(4);
    }

    @Test
    void contendingMessagesAreDeliveredAndChargedEnergy() {
        ComponentHarness h = ComponentHarness.of(mesh4());
        for (int n = 0; n < 16; n++) {
            h.deliver("node" + n, message(100 + n, 5, 16), 1000);
        }
        h.run();
        assertThat(h.sent("node5")).hasSize(16);
        StatValue.AccumulatorValue latency = (StatValue.AccumulatorValue) h.stats().get("dut.packetLatency").orElseThrow();
        // 16 one-flit messages into one ejection port: at least 15 cycles between first and last.
        assertThat(latency.max() - latency.min()).isGreaterThanOrEqualTo(15);
        assertThat(h.stats().counter("dut.vcAllocStalls") + h.stats().counter("dut.switchAllocStalls")).isGreaterThan(0);
        assertThat(h.stats().get("dut.energy.links").orElseThrow().scalar()).isGreaterThan(0);
        assertThat(h.stats().get("dut.energy.buffers").orElseThrow().scalar()).isGreaterThan(0);
    }

    @Test
    void messageWithoutDestinationIsRejectedNamingThePort() {
        NocComponent noc = mesh4();
        ComponentHarness h = ComponentHarness.of(noc);
        h.deliver("node3", Transaction.message(9), 1000);
        assertThat(h.run().toString()).contains("node3").contains("noc.destination");
    }

    @Test
    void unknownParameterListsTheKnownOnes() {
        assertThatThrownBy(() -> ComponentRegistry.load().create("noc", "n", Map.of("radix", 4)))
                .isInstanceOf(ParameterException.class).hasMessageContaining("radix").hasMessageContaining("vc_buf_size");
    }

    @Test
    void everyTopologyCanBeBuiltFromParameters() {
        for (String t : new String[] {"mesh", "torus", "crossbar", "bus"}) {
            NocComponent c = (NocComponent) ComponentRegistry.load().create("noc", t, Map.of("topology", t, "k", 4));
            assertThat(c.ports()).hasSize(c.network().nodes());
        }
    }
}
