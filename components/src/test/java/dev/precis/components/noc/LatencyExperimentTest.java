package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyExperimentTest {

    private static final LatencyRunOptions SHORT = new LatencyRunOptions(1, 2, 500, 8, 500.0, 0.05);

    @Test
    void sameSeedGivesIdenticalResultsAndAnotherSeedDiffers() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        NocLoadPoint a = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 7);
        NocLoadPoint b = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 7);
        NocLoadPoint c = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.3, SHORT, 8);
        assertThat(a).isEqualTo(b);
        assertThat(c.avgPacketLatencyCycles()).isNotEqualTo(a.avgPacketLatencyCycles());
    }

    @Test
    void multiFlitPacketsCarryTheOfferedFlitRate() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        NocLoadPoint four = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.2,
                SHORT.withPacketSizeFlits(4), 4);
        assertThat(four.stable()).isTrue();
        assertThat(four.acceptedFlitsPerNodeCycle()).isBetween(0.18, 0.22);
        // Zero-load latency of the 4x4 mesh is 6 + 4 x 2.5 hops = 16 cycles; the tail adds 3.
        assertThat(four.avgPacketLatencyCycles()).isGreaterThan(16 + 3);
    }

    @Test
    void offeredLoadOutsideZeroToOneIsRejected() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        assertThatThrownBy(() -> LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.0, SHORT, 1))
                .hasMessageContaining("offered load");
        assertThatThrownBy(() -> LatencyExperiment.run(config, new TrafficPattern.Uniform(), 1.5, SHORT, 1))
                .hasMessageContaining("1.5");
    }

    @Test
    void acceptedRateFollowsOfferedLoadBelowSaturation() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        NocLoadPoint p = LatencyExperiment.run(config, new TrafficPattern.Uniform(), 0.2, SHORT, 1);
        assertThat(p.stable()).isTrue();
        assertThat(p.acceptedFlitsPerNodeCycle()).isBetween(0.18, 0.22);
    }

    @Test
    void latencyGrowsWithLoadAndExplodesPastSaturation() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        NocSweepResult r = NocSweep.run(config, new TrafficPattern.Uniform(), SHORT, new double[] {0.05, 0.3, 0.9}, 3);
        assertThat(r.points().get(0).avgPacketLatencyCycles()).isLessThan(r.points().get(1).avgPacketLatencyCycles());
        assertThat(r.points().get(2).stable()).isFalse();
        assertThat(r.saturationThroughput()).isPresent();
        assertThat(r.saturationThroughput().getAsDouble()).isLessThan(0.9);
    }

    @Test
    void oneVirtualChannelSaturatesEarlierThanEightFromHeadOfLineBlocking() {
        NocConfig eight = NocConfig.bookSimDefaults(new MeshTopology(8));
        NocConfig one = new NocConfig(eight.topology(), 1, 8, 0, 1, 1, 1, 2, 2, 1, true, 1, 16);
        double[] loads = {0.6};
        double withOne = NocSweep.run(one, new TrafficPattern.Uniform(), SHORT, loads, 5)
                .saturationThroughput().orElseThrow();
        double withEight = NocSweep.run(eight, new TrafficPattern.Uniform(), SHORT, loads, 5)
                .saturationThroughput().orElseThrow();
        assertThat(withOne).isLessThan(0.8 * withEight);
    }

    @Test
    void hotspotSaturatesBelowUniformBecauseOneEjectionPortIsShared() {
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(4));
        double[] loads = {0.8};
        double uniform = NocSweep.run(config, new TrafficPattern.Uniform(), SHORT, loads, 5)
                .saturationThroughput().orElseThrow();
        double hot = NocSweep.run(config, new TrafficPattern.Hotspot(new int[] {0}, 0.5), SHORT, loads, 5)
                .saturationThroughput().orElseThrow();
        // Half the traffic to one node: that node ejects at most 1 flit/cycle, so about 2/16 per node.
        assertThat(hot).isLessThan(0.15);
        assertThat(hot).isLessThan(uniform);
    }

    @Test
    void torusKeepsDeliveringFarPastSaturation() {
        NocConfig config = NocConfig.bookSimDefaults(new TorusTopology(4));
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
