package dev.precis.components.dma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.sram.SramComponent;
import dev.precis.tlm.Command;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Phase;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DmaComponentTest {

    private static DmaComponent dma(Map<String, ?> params) {
        return (DmaComponent) ComponentRegistry.load().create("dma", "dma", params);
    }

    private static Transaction request(long id, DmaDescriptor d) {
        return Transaction.of(id, Command.WRITE, 0, d.totalBytes()).withExtension(DmaComponent.DESCRIPTOR, d);
    }

    @Test
    void loadMovesEveryByteAndAnswersWhenDone() {
        ComponentHarness h = ComponentHarness.of(dma(Map.of()));
        h.autoRespond("dram", 40_000).autoRespond("buffer", 2_000);
        DmaDescriptor tile = DmaDescriptor.load2d(0x10000, 4096, 0, 256, 4);
        h.deliver("ctrl", request(1, tile), 2_000);
        h.run();
        assertThat(h.sent("ctrl")).extracting(ComponentHarness.Sent::phase).containsExactly(Phase.END_REQ, Phase.BEGIN_RESP);
        assertThat(h.stats().counter("dut.bytesMoved")).isEqualTo(1024);
        assertThat(h.stats().counter("dut.bursts")).isEqualTo(16);
        List<ComponentHarness.Sent> dramReads = h.sent("dram").stream().filter(s -> s.phase() == Phase.BEGIN_REQ).toList();
        assertThat(dramReads).hasSize(16);
        assertThat(dramReads.get(4).tx().address()).isEqualTo(0x10000 + 4096);
        List<ComponentHarness.Sent> bufferWrites = h.sent("buffer").stream().filter(s -> s.phase() == Phase.BEGIN_REQ).toList();
        assertThat(bufferWrites).allSatisfy(s -> {
            assertThat(s.tx().command()).isEqualTo(Command.WRITE);
            assertThat(s.tx().extension(SramComponent.TILE_BYTES)).contains(1024L);
        });
    }

    @Test
    void fewerOutstandingBurstsTakeLongerAndStall() {
        long[] done = new long[2];
        long[] stalls = new long[2];
        int[] limits = {1, 16};
        for (int i = 0; i < 2; i++) {
            ComponentHarness h = ComponentHarness.of(dma(Map.of("maxOutstanding", limits[i])));
            h.autoRespond("dram", 40_000).autoRespond("buffer", 2_000);
            h.deliver("ctrl", request(1, DmaDescriptor.load2d(0, 4096, 0, 512, 4)), 2_000);
            h.run();
            done[i] = h.sent("ctrl").get(1).timePs();
            stalls[i] = h.stats().counter("dut.stallCycles");
        }
        assertThat(done[0]).isGreaterThan(done[1]);
        assertThat(stalls[0]).isGreaterThan(stalls[1]);
    }

    @Test
    void plainReadIsALinearDramOnlyTransferSplitIntoBursts() {
        ComponentHarness h = ComponentHarness.of(dma(Map.of("burstsPerCycle", 2)));
        h.autoRespond("dram", 40_000);
        h.deliver("ctrl", Transaction.read(1, 0x1020, 200), 2_000);
        h.run();
        assertThat(h.sent("ctrl")).extracting(ComponentHarness.Sent::phase).containsExactly(Phase.END_REQ, Phase.BEGIN_RESP);
        List<Transaction> reads = h.sent("dram").stream().filter(s -> s.phase() == Phase.BEGIN_REQ).map(ComponentHarness.Sent::tx).toList();
        // 0x1020..0x10e8: cut at 64-byte boundaries, nothing sent to the buffer.
        assertThat(reads).extracting(Transaction::sizeBytes).containsExactly(32L, 64L, 64L, 40L);
        assertThat(reads).extracting(Transaction::command).containsOnly(Command.READ);
        assertThat(h.sent("buffer")).isEmpty();
        assertThat(h.stats().counter("dut.bytesMoved")).isEqualTo(200);
    }

    @Test
    void plainWriteWritesDramAndAZeroByteRequestIsAnsweredAtOnce() {
        ComponentHarness h = ComponentHarness.of(dma(Map.of()));
        h.autoRespond("dram", 40_000);
        h.deliver("ctrl", Transaction.write(1, 0, 128), 2_000);
        h.deliver("ctrl", Transaction.write(2, 0, 0), 100_000);
        h.run();
        assertThat(h.sent("dram").stream().filter(s -> s.phase() == Phase.BEGIN_REQ).map(s -> s.tx().command()))
                .containsExactly(Command.WRITE, Command.WRITE);
        ComponentHarness.Sent empty = h.sent("ctrl").stream().filter(s -> s.tx().id() == 2 && s.phase() == Phase.BEGIN_RESP)
                .findFirst().orElseThrow();
        assertThat(empty.timePs()).isLessThan(100_000 + 1_000);
    }

    @Test
    void otherCommandsWithoutDescriptorFailNamingThePort() {
        ComponentHarness h = ComponentHarness.of(dma(Map.of()));
        h.deliver("ctrl", Transaction.of(1, Command.COMPUTE, 0, 0), 2_000);
        assertThat(h.run().toString()).contains("ctrl").contains("dma.descriptor");
    }
}
