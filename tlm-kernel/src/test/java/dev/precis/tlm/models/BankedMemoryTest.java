package dev.precis.tlm.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.Phase;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.stats.StatValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankedMemoryTest {
    private static List<Long> responseTimes(long firstAddress, long secondAddress) {
        ComponentHarness h = ComponentHarness.of(new BankedMemory(4, 2, 64, SimTime.ns(20), 0));
        h.deliver("in", Transaction.read(1, firstAddress, 64), SimTime.ns(10));
        h.deliver("in", Transaction.read(2, secondAddress, 64), SimTime.ns(10));
        h.run();
        return h.sent("in").stream().filter(s -> s.phase() == Phase.BEGIN_RESP).map(Sent::timePs).toList();
    }

    @Test
    void requestsToDifferentBanksOverlap() {
        // 0x00 and 0x40 are consecutive 64-byte lines: banks 0 and 1. The second answer waits only for the first's END_RESP.
        assertThat(responseTimes(0x00, 0x40)).containsExactly(SimTime.ns(30), SimTime.ns(30) + 2);
    }

    @Test
    void aSecondRequestToTheSameBankWaitsForTheFirstABankConflict() {
        // 0x00 and 0x80 are two lines apart: both bank 0.
        assertThat(responseTimes(0x00, 0x80)).containsExactly(SimTime.ns(30), SimTime.ns(50));
    }

    private static double meanLatencyPs(long seed) {
        SimulationResult r = new SequentialEngine().run(KernelModels.memorySystem(1, 300, seed)).orThrow();
        return ((StatValue.AccumulatorValue) r.stats().get("sys.cpu0.latency").orElseThrow()).mean();
    }

    @Test
    void theSeedOfTheMemorySystemReachesItsTimingThroughBankConflicts() {
        assertThat(meanLatencyPs(1)).isEqualTo(meanLatencyPs(1));
        assertThat(meanLatencyPs(1)).isNotEqualTo(meanLatencyPs(2));
    }
}
