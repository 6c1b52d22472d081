package dev.precis.components.dma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BurstPlannerTest {

    @Test
    void alignedRowsSplitIntoWholeBursts() {
        List<Burst> b = BurstPlanner.plan(DmaDescriptor.load2d(0, 1024, 0, 256, 2), 64);
        assertThat(b).hasSize(8);
        assertThat(b.get(4)).isEqualTo(new Burst(1024, 256, 64));
    }

    @Test
    void misalignedRowCostsAnExtraBurst() {
        List<Burst> b = BurstPlanner.plan(DmaDescriptor.load2d(32, 0, 0, 128, 1), 64);
        assertThat(b).extracting(Burst::bytes).containsExactly(32, 64, 32);
        assertThat(b).extracting(Burst::dramAddress).containsExactly(32L, 64L, 128L);
        assertThat(b).extracting(Burst::bufferAddress).containsExactly(0L, 32L, 96L);
    }

    @Test
    void threeDimensionalTransferWalksPlanesThenRowsAndPacksTheBuffer() {
        DmaDescriptor d = DmaDescriptor.load3d(0, 1000, 100_000, 0, 64, 3, 2);
        List<Burst> b = BurstPlanner.plan(d, 4096);
        assertThat(b).extracting(Burst::dramAddress).containsExactly(0L, 1000L, 2000L, 100_000L, 101_000L, 102_000L);
        assertThat(b).extracting(Burst::bufferAddress).containsExactly(0L, 64L, 128L, 192L, 256L, 320L);
        assertThat(b.stream().mapToLong(Burst::bytes).sum()).isEqualTo(d.totalBytes());
        assertThat(d.bufferSpanBytes()).isEqualTo(384);
    }

    @Test
    void emptyTransfersAreRejected() {
        assertThatThrownBy(() -> DmaDescriptor.load2d(0, 0, 0, 0, 1)).hasMessageContaining("rowBytes");
    }
}
