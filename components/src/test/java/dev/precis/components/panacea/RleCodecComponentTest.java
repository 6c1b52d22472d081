package dev.precis.components.panacea;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.pe.SliceStats;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.ComponentHarness.Sent;
import dev.precis.tlm.Phase;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RleCodecComponentTest {
    /** 1024 uint8 values, HO 4 / LO 4, 64 vectors of 16: dense 8192 bits, compressed 1024 x 4 + 1500 = 5596 bits. */
    private static final SliceStats SLICES = new SliceStats(1024, 16, 4, 4, 64, 10, 40, 20, 1500);

    private static ComponentHarness harness(String type) {
        return ComponentHarness.of(ComponentRegistry.load().create(type, "dut", Map.of()));
    }

    private static Sent first(ComponentHarness h, String port, Phase phase) {
        return h.sent(port).stream().filter(s -> s.phase() == phase).findFirst().orElseThrow();
    }

    @Test
    void theEncoderWritesTheCompressedSizeAfterEncodingAndAnswersAtTheDenseSize() {
        ComponentHarness h = harness(RleEncoderType.NAME);
        h.autoRespond("out", SimTime.ns(10));
        h.deliver("in", Transaction.write(1, 0x1000, 1024).withExtension(SliceStats.KEY, SLICES), SimTime.ns(1));
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        Sent write = first(h, "out", Phase.BEGIN_REQ);
        assertThat(write.tx().sizeBytes()).isEqualTo((5596 + 7) / 8);
        assertThat(write.tx().address()).isEqualTo(0x1000);
        // 1024 values at 64 per cycle + 2 pipeline cycles, from the 2 ns edge, at 500 MHz
        assertThat(write.timePs()).isEqualTo(SimTime.ns(2) + 2000L * (16 + 2));
        Sent answer = first(h, "in", Phase.BEGIN_RESP);
        assertThat(answer.tx().sizeBytes()).isEqualTo(1024);
        assertThat(answer.timePs()).isGreaterThan(write.timePs() + SimTime.ns(10));
        assertThat(h.stats().counter("dut.compressedBytes")).isEqualTo(700);
        assertThat(h.stats().counter("dut.denseBytes")).isEqualTo(1024);
    }

    @Test
    void theDecoderReadsTheCompressedSizeAtOnceAndDecodesWhatReturns() {
        ComponentHarness h = harness(RleDecoderType.NAME);
        h.autoRespond("out", SimTime.ns(10));
        h.deliver("in", Transaction.read(1, 0, 1024).withExtension(SliceStats.KEY, SLICES), SimTime.ns(1));
        h.run();
        Sent read = first(h, "out", Phase.BEGIN_REQ);
        assertThat(read.tx().sizeBytes()).isEqualTo(700);
        assertThat(read.timePs()).isEqualTo(SimTime.ns(1));
        Sent answer = first(h, "in", Phase.BEGIN_RESP);
        assertThat(answer.tx().sizeBytes()).isEqualTo(1024);
        // memory answers at 1 ns + 1 ps + 10 ns + 1 ps; decoding starts at the next edge and takes 18 cycles
        assertThat(answer.timePs()).isEqualTo(SimTime.ns(12) + 2000L * 18);
    }

    @Test
    void transfersWithoutSliceStatisticsPassThroughUnchanged() {
        ComponentHarness h = harness(RleEncoderType.NAME);
        h.autoRespond("out", SimTime.ns(3));
        h.deliver("in", Transaction.write(1, 0, 4096), 1);
        h.deliver("in", Transaction.read(2, 0, 64).withExtension(SliceStats.KEY, SLICES), 2);
        h.run();
        assertThat(h.sent("out")).filteredOn(s -> s.phase() == Phase.BEGIN_REQ)
                .extracting(s -> s.tx().sizeBytes()).containsExactly(4096L, 64L);
        assertThat(h.stats().counter("dut.passedThrough")).isEqualTo(2);
        assertThat(h.stats().counter("dut.transfers")).isZero();
    }

    @Test
    void aTransferWhoseSizeIsNotItsSlicesDenseSizeFailsTheRun() {
        ComponentHarness h = harness(RleDecoderType.NAME);
        h.autoRespond("out", 1);
        h.deliver("in", Transaction.read(9, 0, 1000).withExtension(SliceStats.KEY, SLICES), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("rle-decoder", "transfer 9", "1000 bytes", "1024 bytes");
    }
}
