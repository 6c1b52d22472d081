package dev.precis.components.dma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmaEngineTest {

    /** Every request is answered a fixed number of cycles after it was issued. */
    private static final class FixedLatencyMemory implements DmaMemory {
        final int latency;
        final List<long[]> pending = new ArrayList<>();
        final List<String> log = new ArrayList<>();
        long cycle;

        FixedLatencyMemory(int latency) {
            this.latency = latency;
        }

        @Override
        public void issue(long requestId, Side side, boolean write, long address, int bytes, long tileBytes) {
            pending.add(new long[] {cycle + latency, requestId});
            log.add(side + (write ? " W " : " R ") + address + " " + bytes);
        }
    }

    private static long run(DmaEngine engine, FixedLatencyMemory memory) {
        while (engine.busy()) {
            List<long[]> due = memory.pending.stream().filter(p -> p[0] <= memory.cycle).toList();
            memory.pending.removeAll(due);
            for (long[] p : due) {
                engine.completed(p[1]);
            }
            engine.tick();
            memory.cycle++;
            if (memory.cycle > 1_000_000) {
                throw new AssertionError("DMA never finished");
            }
        }
        return memory.cycle;
    }

    @Test
    void loadReadsDramThenWritesTheBuffer() {
        FixedLatencyMemory m = new FixedLatencyMemory(5);
        List<Object> done = new ArrayList<>();
        DmaEngine e = new DmaEngine(64, 4, m, done::add);
        e.submit(DmaDescriptor.load2d(4096, 0, 128, 64, 1), "tile");
        run(e, m);
        assertThat(m.log).containsExactly("DRAM R 4096 64", "BUFFER W 128 64");
        assertThat(done).containsExactly("tile");
        assertThat(e.bytesMoved()).isEqualTo(64);
    }

    @Test
    void storeReadsTheBufferThenWritesDram() {
        FixedLatencyMemory m = new FixedLatencyMemory(5);
        DmaEngine e = new DmaEngine(64, 4, m, t -> { });
        e.submit(DmaDescriptor.store2d(0, 8192, 0, 64, 1), "out");
        run(e, m);
        assertThat(m.log).containsExactly("BUFFER R 0 64", "DRAM W 8192 64");
    }

    @Test
    void outstandingLimitThrottlesAndCountsStalls() {
        DmaDescriptor tile = DmaDescriptor.load2d(0, 4096, 0, 1024, 16); // 256 bursts
        FixedLatencyMemory slowOne = new FixedLatencyMemory(20);
        DmaEngine one = new DmaEngine(64, 1, slowOne, t -> { });
        one.submit(tile, "a");
        long cyclesOne = run(one, slowOne);
        FixedLatencyMemory slowMany = new FixedLatencyMemory(20);
        DmaEngine many = new DmaEngine(64, 64, slowMany, t -> { });
        many.submit(tile, "a");
        long cyclesMany = run(many, slowMany);
        // One burst in flight: each costs two 20-cycle round trips.
        assertThat(cyclesOne).isGreaterThanOrEqualTo(256L * 40);
        // 64 in flight cover the 40-cycle round trip: about one burst per cycle.
        assertThat(cyclesMany).isLessThan(256 + 100);
        assertThat(one.stallCycles()).isGreaterThan(many.stallCycles());
        assertThat(one.bytesMoved()).isEqualTo(many.bytesMoved()).isEqualTo(16 * 1024);
    }

    @Test
    void transfersCompleteInOrderOfSubmission() {
        FixedLatencyMemory m = new FixedLatencyMemory(3);
        List<Object> done = new ArrayList<>();
        DmaEngine e = new DmaEngine(64, 8, m, done::add);
        e.submit(DmaDescriptor.load2d(0, 0, 0, 256, 1), "first");
        e.submit(DmaDescriptor.load2d(0, 0, 256, 64, 1), "second");
        run(e, m);
        assertThat(done).containsExactly("first", "second");
        assertThat(e.transfersDone()).isEqualTo(2);
    }
}
