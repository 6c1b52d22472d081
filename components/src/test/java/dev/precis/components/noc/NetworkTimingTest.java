package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTimingTest {

    private static long singlePacketLatency(NocConfig config, int source, int dest, int flits) {
        List<Long> latencies = new ArrayList<>();
        Network network = new Network(config, (p, at) -> latencies.add(p.latencyCycles(at)));
        network.offerPacket(source, dest, flits, 0, true, null);
        for (int i = 0; i < 500 && latencies.isEmpty(); i++) {
            network.step();
        }
        assertThat(latencies).hasSize(1);
        return latencies.get(0);
    }

    @Test
    void zeroLoadLatencyIsInjectionPlusPipelinePerRouter() {
        // From (0,0) to (3,2): 5 router-to-router hops, 6 routers. Per router: routing + VC alloc +
        // switch alloc + crossbar + link = 0+1+1+1+1 cycles; injection: 1 + link latency.
        NocConfig config = NocConfig.builder().k(8).build();
        assertThat(singlePacketLatency(config, 0, 2 * 8 + 3, 1)).isEqualTo(2 + 6 * 4);
    }

    @Test
    void slowerPipelineStagesAddTheirCyclesAtEveryRouter() {
        NocConfig slow = NocConfig.builder().k(8).routingDelay(1).linkLatency(2).build();
        // injection 1 + 2; per router 1 + 1 + 1 + 1 + 2.
        assertThat(singlePacketLatency(slow, 0, 2 * 8 + 3, 1)).isEqualTo(3 + 6 * 6);
    }

    @Test
    void bodyFlitsFollowTheHeadOneCyclePerFlit() {
        NocConfig config = NocConfig.builder().k(4).build();
        long one = singlePacketLatency(config, 0, 15, 1);
        long five = singlePacketLatency(config, 0, 15, 5);
        assertThat(five - one).isEqualTo(4);
    }

    @Test
    void packetToItselfCrossesOneRouter() {
        NocConfig config = NocConfig.builder().k(4).build();
        assertThat(singlePacketLatency(config, 5, 5, 1)).isEqualTo(2 + 4);
    }

    @Test
    void torusWrapsAroundInsteadOfCrossingTheMesh() {
        NocConfig mesh = NocConfig.builder().k(8).build();
        NocConfig torus = mesh.toBuilder().topology("torus").build();
        // (0,0) to (7,0): 7 hops on the mesh, 1 on the torus.
        assertThat(singlePacketLatency(mesh, 0, 7, 1)).isEqualTo(2 + 8 * 4);
        assertThat(singlePacketLatency(torus, 0, 7, 1)).isEqualTo(2 + 2 * 4);
    }

    @Test
    void crossbarAndBusDeliverEveryPacketToItsDestination() {
        for (String t : List.of("crossbar", "bus")) {
            NocConfig config = NocConfig.builder().topology(t).k(6).build();
            List<int[]> delivered = new ArrayList<>();
            Network network = new Network(config, (p, at) -> delivered.add(new int[] {p.source(), p.dest()}));
            for (int s = 0; s < 6; s++) {
                for (int d = 0; d < 6; d++) {
                    network.offerPacket(s, d, 3, 0, true, null);
                }
            }
            for (int i = 0; i < 2000; i++) {
                network.step();
            }
            assertThat(delivered).as(t).hasSize(36);
            assertThat(network.flitsEjected()).isEqualTo(36 * 3);
        }
    }

    @Test
    void busCarriesAtMostOneFlitPerCycle() {
        NocConfig config = NocConfig.builder().topology("bus").k(4).build();
        Network network = new Network(config, null);
        for (int s = 0; s < 4; s++) {
            network.offerPacket(s, (s + 1) % 4, 100, 0, true, null);
        }
        for (int i = 0; i < 200; i++) {
            network.step();
        }
        // After pipeline fill, 400 flits need at least 400 cycles on one shared medium.
        assertThat(network.flitsEjected()).isLessThanOrEqualTo(200);
        assertThat(network.flitsEjected()).isGreaterThan(150);
    }

    @Test
    void shallowBuffersThrottleAStreamThroughCreditRoundTrips() {
        NocConfig deep = NocConfig.builder().k(4).build();
        NocConfig shallow = deep.toBuilder().numVcs(1).vcBufSize(1).build();
        long deepCycles = cyclesToDeliver(deep, 200);
        long shallowCycles = cyclesToDeliver(shallow, 200);
        // With one flit slot a link waits a whole credit round trip per flit.
        assertThat(deepCycles).isLessThan(260);
        assertThat(shallowCycles).isGreaterThan(3 * deepCycles);
    }

    private static long cyclesToDeliver(NocConfig config, int flits) {
        Network network = new Network(config, null);
        network.offerPacket(0, 3, flits, 0, true, null);
        while (network.flitsEjected() < flits) {
            network.step();
            if (network.now() > 100_000) {
                throw new AssertionError("stream did not finish");
            }
        }
        return network.now();
    }

    @Test
    void packetsToUnknownNodesAreRejected() {
        Network network = new Network(NocConfig.builder().k(4).build(), null);
        assertThatThrownBy(() -> network.offerPacket(0, 16, 1, 0, true, null))
                .hasMessageContaining("node 16").hasMessageContaining("0..15");
    }

    @Test
    void torusNeedsTwoVirtualChannelsForItsDateline() {
        assertThatThrownBy(() -> NocConfig.builder().topology("torus").k(4).numVcs(1).build())
                .hasMessageContaining("num_vcs = 1").hasMessageContaining("at least 2 virtual channels");
    }
}
