package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each router parameter moves latency and saturation the way BookSim2's IQ router (iq_router.cpp, islip.cpp,
 * buffer_state.cpp) implies. Saturation is measured as the accepted rate of a 4x4 mesh offered 1 flit per node
 * per cycle (far beyond saturation); latency at a load below it; exact cycle counts where the pipeline rules
 * give them.
 */
class NocParameterEffectsTest {

    private static final LatencyRunOptions SHORT = new LatencyRunOptions(1, 2, 500, 6, 500.0, 0.05, 0.05, 0.05,
            0.05);
    private static final NocConfig MESH4 = NocConfig.builder().k(4).build();

    private static NocLoadPoint run(NocConfig config, int packetFlits, double load) {
        return LatencyExperiment.run(config, new TrafficPattern.Uniform(), load, SHORT.withPacketSizeFlits(packetFlits),
                3);
    }

    private static double saturation(NocConfig config, int packetFlits) {
        return run(config, packetFlits, 1.0).acceptedFlitsPerNodeCycle();
    }

    private static double latency(NocConfig config, int packetFlits, double load) {
        NocLoadPoint p = run(config, packetFlits, load);
        return p.avgPacketLatencyCycles();
    }

    @Test
    void moreVirtualChannelsRaiseSaturationAndCutLatencyUnderLoad() {
        // Head-of-line blocking: with one VC a blocked packet stops every packet behind it on its input.
        NocConfig one = MESH4.toBuilder().numVcs(1).build();
        NocConfig two = MESH4.toBuilder().numVcs(2).build();
        NocConfig four = MESH4.toBuilder().numVcs(4).build();
        assertThat(saturation(one, 4)).isLessThan(saturation(two, 4));
        assertThat(saturation(two, 4)).isLessThan(saturation(four, 4));
        assertThat(latency(four, 4, 0.4)).isLessThan(latency(two, 4, 0.4));
    }

    @Test
    void deeperBuffersRaiseSaturationAndCutLatencyUnderLoad() {
        // A VC of d slots sends at most d flits per credit round trip.
        NocConfig one = MESH4.toBuilder().vcBufSize(1).build();
        NocConfig two = MESH4.toBuilder().vcBufSize(2).build();
        NocConfig four = MESH4.toBuilder().vcBufSize(4).build();
        assertThat(saturation(one, 4)).isLessThan(saturation(two, 4));
        assertThat(saturation(two, 4)).isLessThan(saturation(four, 4));
        assertThat(latency(two, 4, 0.4)).isLessThan(latency(one, 4, 0.4));
        assertThat(latency(four, 4, 0.4)).isLessThan(latency(two, 4, 0.4));
    }

    @Test
    void releasingVirtualChannelsAtTheTailRaisesSaturationAndCutsLatency() {
        // buffer_state.cpp: with wait_for_tail_credit a VC is free only once the tail's credit is back.
        NocConfig waiting = MESH4.toBuilder().numVcs(2).waitForTailCredit(true).build();
        NocConfig eager = MESH4.toBuilder().numVcs(2).waitForTailCredit(false).build();
        assertThat(saturation(eager, 1)).isGreaterThan(saturation(waiting, 1));
        assertThat(latency(eager, 1, 0.3)).isLessThan(latency(waiting, 1, 0.3));
    }

    @Test
    void withOneVirtualChannelAStreamOfPacketsWaitsACreditRoundTripPerPacketOnlyWhenWaitingForTheTail() {
        NocConfig waiting = MESH4.toBuilder().numVcs(1).waitForTailCredit(true).build();
        NocConfig eager = MESH4.toBuilder().numVcs(1).waitForTailCredit(false).build();
        long waitingCycles = cyclesToDeliverPackets(waiting, 40);
        long eagerCycles = cyclesToDeliverPackets(eager, 40);
        // Eager: a packet every 2 cycles once the pipeline is full (the next head's VC and switch allocation
        // follow the tail's departure). Waiting: one packet per credit round trip of the tail.
        assertThat(eagerCycles).isLessThanOrEqualTo(2 * 40 + 30);
        assertThat(waitingCycles).isGreaterThan(3 * eagerCycles);
    }

    private static long cyclesToDeliverPackets(NocConfig config, int packets) {
        List<Long> delivered = new ArrayList<>();
        Network network = new Network(config, (p, at) -> delivered.add(at));
        for (int i = 0; i < packets; i++) {
            network.offerPacket(0, 3, 1, 0, true, null);
        }
        while (delivered.size() < packets) {
            network.step();
        }
        return network.now();
    }

    @Test
    void moreAllocatorIterationsRaiseSaturationAndCutLatencyNearIt() {
        // islip.cpp: later iterations add matches between inputs and outputs left unmatched, never remove any.
        NocConfig single = MESH4.toBuilder().inputSpeedup(1).allocIters(1).build();
        NocConfig three = MESH4.toBuilder().inputSpeedup(1).allocIters(3).build();
        assertThat(saturation(three, 1)).isGreaterThan(saturation(single, 1));
        assertThat(latency(three, 1, 0.6)).isLessThan(latency(single, 1, 0.6));
    }

    @Test
    void inputSpeedupRaisesSaturationAndCutsLatencyUnderLoad() {
        // iq_router.cpp: VC v of input i requests the switch through crossbar input i*S + v mod S.
        NocConfig one = MESH4.toBuilder().inputSpeedup(1).build();
        NocConfig two = MESH4.toBuilder().inputSpeedup(2).build();
        assertThat(saturation(two, 1)).isGreaterThan(saturation(one, 1));
        assertThat(latency(two, 1, 0.6)).isLessThan(latency(one, 1, 0.6));
    }

    @Test
    void outputSpeedupRaisesSaturation() {
        NocConfig one = MESH4.toBuilder().inputSpeedup(1).outputSpeedup(1).build();
        NocConfig two = MESH4.toBuilder().inputSpeedup(1).outputSpeedup(2).build();
        assertThat(saturation(two, 1)).isGreaterThan(saturation(one, 1));
    }

    @Test
    void internalSpeedupTakesAPipelineStageOffEveryRouterAndRaisesSaturation() {
        // Two pipeline steps per cycle: VC and switch allocation of a head flit fit in its arrival cycle.
        NocConfig two = MESH4.toBuilder().internalSpeedup(2).build();
        assertThat(singlePacketLatency(MESH4, 0, 15)).isEqualTo(2 + 7 * 4);
        assertThat(singlePacketLatency(two, 0, 15)).isEqualTo(2 + 7 * 3);
        NocConfig slow = MESH4.toBuilder().inputSpeedup(1).build();
        assertThat(saturation(slow.toBuilder().internalSpeedup(2).build(), 1)).isGreaterThan(saturation(slow, 1));
    }

    @Test
    void everyPipelineDelayAddsItsCyclesAtEveryRouter() {
        // 0 to 15 on a 4x4 mesh crosses 7 routers; each delay cycle more costs 7 cycles.
        long base = singlePacketLatency(MESH4, 0, 15);
        assertThat(singlePacketLatency(MESH4.toBuilder().routingDelay(1).build(), 0, 15)).isEqualTo(base + 7);
        assertThat(singlePacketLatency(MESH4.toBuilder().vcAllocDelay(2).build(), 0, 15)).isEqualTo(base + 7);
        assertThat(singlePacketLatency(MESH4.toBuilder().swAllocDelay(2).build(), 0, 15)).isEqualTo(base + 7);
        assertThat(singlePacketLatency(MESH4.toBuilder().stFinalDelay(2).build(), 0, 15)).isEqualTo(base + 7);
        assertThat(singlePacketLatency(MESH4.toBuilder().set("st_prepare_delay", 1).build(), 0, 15))
                .isEqualTo(base + 7);
    }

    @Test
    void longerCreditDelaySlowsAStreamThroughShallowBuffers() {
        NocConfig quick = MESH4.toBuilder().numVcs(1).vcBufSize(2).creditDelay(0).build();
        NocConfig slow = MESH4.toBuilder().numVcs(1).vcBufSize(2).creditDelay(6).build();
        assertThat(cyclesToStream(slow, 100)).isGreaterThan(cyclesToStream(quick, 100));
    }

    private static long cyclesToStream(NocConfig config, int flits) {
        Network network = new Network(config, null);
        network.offerPacket(0, 3, flits, 0, true, null);
        while (network.flitsEjected() < flits) {
            network.step();
        }
        return network.now();
    }

    private static long singlePacketLatency(NocConfig config, int source, int dest) {
        List<Long> latencies = new ArrayList<>();
        Network network = new Network(config, (p, at) -> latencies.add(p.latencyCycles(at)));
        network.offerPacket(source, dest, 1, 0, true, null);
        while (latencies.isEmpty()) {
            network.step();
        }
        return latencies.get(0);
    }
}
