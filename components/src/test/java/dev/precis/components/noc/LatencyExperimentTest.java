package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyExperimentTest {

    private static final LatencyRunOptions SHORT = new LatencyRunOptions(1, 2, 500, 8, 500.0, 0.05, 0.05, 0.05, 0.05);

    @Test
    void sameSeedGivesIdenticalResultsAndAnotherSeedDiffers() {
        NocConfig config = NocConfig.builder().k(4).build();
        NocLoadPoint a = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 7);
        NocLoadPoint b = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 7);
        NocLoadPoint c = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 8);
        assertThat(a).isEqualTo(b);
        assertThat(c.avgPacketLatencyCycles()).isNotEqualTo(a.avgPacketLatencyCycles());
    }

    @Test
    void multiFlitPacketsCarryTheOfferedFlitRate() {
        NocConfig config = NocConfig.builder().k(4).build();
        NocLoadPoint four = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.2,
                SHORT.withPacketSizeFlits(4), 4);
        assertThat(four.stable()).isTrue();
        assertThat(four.acceptedFlitsPerNodeCycle()).isBetween(0.18, 0.22);
        // Zero-load latency of the 4x4 mesh is 6 + 4 x 2.5 hops = 16 cycles; the tail adds 3.
        assertThat(four.avgPacketLatencyCycles()).isGreaterThan(16 + 3);
    }

    @Test
    void offeredLoadOutsideZeroToOneIsRejected() {
        NocConfig config = NocConfig.builder().k(4).build();
        assertThatThrownBy(() -> LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.0, SHORT, 1))
                .hasMessageContaining("offered load");
        assertThatThrownBy(() -> LatencyExperiment.run(config, new TrafficPattern.Uniform(), 1.5, SHORT, 1))
                .hasMessageContaining("1.5");
    }

    @Test
    void acceptedRateFollowsOfferedLoadBelowSaturation() {
        NocConfig config = NocConfig.builder().k(4).build();
        NocLoadPoint p = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.2, SHORT, 1);
        assertThat(p.stable()).isTrue();
        assertThat(p.acceptedFlitsPerNodeCycle()).isBetween(0.18, 0.22);
    }

    @Test
    void latencyGrowsWithLoadAndExplodesPastSaturation() {
        NocConfig config = NocConfig.builder().k(4).build();
        NocSweepResult r = NocSweep.run(config, new TrafficPattern.Uniform(), SHORT, new double[] {0.05, 0.3, 0.9}, 3);
        assertThat(r.points().get(0).avgPacketLatencyCycles()).isLessThan(r.points().get(1).avgPacketLatencyCycles());
        assertThat(r.points().get(2).stable()).isFalse();
        assertThat(r.saturationAcceptedRate()).isPresent();
        assertThat(r.saturationAcceptedRate().getAsDouble()).isLessThan(0.9);
    }

    @Test
    void oneVirtualChannelSaturatesEarlierThanEightFromHeadOfLineBlocking() {
        NocConfig eight = NocConfig.builder().k(8).build();
        NocConfig one = eight.toBuilder().numVcs(1).build();
        double[] loads = {0.6};
        double withOne = NocSweep.run(one, new TrafficPattern.Uniform(), SHORT, loads, 5)
                .saturationAcceptedRate().orElseThrow();
        double withEight = NocSweep.run(eight, new TrafficPattern.Uniform(), SHORT, loads, 5)
                .saturationAcceptedRate().orElseThrow();
        assertThat(withOne).isLessThan(0.8 * withEight);
    }

    @Test
    void hotspotSaturatesBelowUniformBecauseOneEjectionPortIsShared() {
        NocConfig config = NocConfig.builder().k(4).build();
        double uniform = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.8, SHORT, 5)
                .acceptedFlitsPerNodeCycle();
        NocLoadPoint hot = LatencyExperiment.run(config, new TrafficPattern.Hotspot(new int[] {0}, 0.5), 0.8, SHORT,
                5);
        // Half the traffic to one node: that node ejects at most 1 flit/cycle, so about 2/16 per node.
        assertThat(hot.stable()).isFalse();
        assertThat(hot.acceptedFlitsPerNodeCycle()).isLessThan(0.15);
        assertThat(hot.acceptedFlitsPerNodeCycle()).isLessThan(uniform);
    }

    @Test
    void torusKeepsDeliveringFarPastSaturation() {
        NocConfig config = NocConfig.builder().topology("torus").k(4).build();
        Network network = new Network(config, null);
        org.apache.commons.math3.random.MersenneTwister rng = new org.apache.commons.math3.random.MersenneTwister(1);
        long previous = 0;
        for (int window = 0; window < 5; window++) {
            for (int i = 0; i < 1000; i++) {
                for (int n = 0; n < 16; n++) {
                    if (network.sourceQueueEmpty(n)) {
                        network.offerPacket(n, rng.nextInt(16), 4, network.now(), false, null);
                    }
                }
                network.step();
            }
            // No deadlock: every window of a saturated torus still moves many flits.
            assertThat(network.flitsEjected() - previous).as("window %s", window).isGreaterThan(2000);
            previous = network.flitsEjected();
        }
    }
}
