package dev.precis.components.pe;

import static dev.precis.components.pe.ComputeRequests.compute;
import static dev.precis.components.pe.ComputeRequests.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BitSliceArrayTest {
    private static final BitSliceArray PANACEA = BitSliceArray.panacea(4, 16, 8, 8, 4, 32, 2);
    private static final BitSliceArray SIBIA = BitSliceArray.sibia(4, 16, 16, 32, 2);
    /** 4 rows x 64 values, 4 HO vectors per row: 16 vectors, 4 zero, 8 frequent, 4 other. */
    private static final ComputeWork BLOCK = work("attn.qkv", 4, 8, 64, 8, 8);
    private static final SliceStats SLICES = new SliceStats(256, 16, 4, 4, 16, 4, 8, 6, 300);

    @Test
    void panaceaSkipsZeroAndFrequentVectorsAndCompensatesTheFrequentOnes() {
        BitSliceArray.SliceBlock b = PANACEA.cost(BLOCK, SLICES);
        // per vector and output: 1 activation slice x 2 weight slices
        assertThat(b.loOps()).isEqualTo(16L * 2 * 8);
        assertThat(b.hoOps()).isEqualTo(4L * 2 * 8);
        assertThat(b.skippedZeroOps()).isEqualTo(4L * 2 * 8);
        assertThat(b.skippedFrequentOps()).isEqualTo(8L * 2 * 8);
        assertThat(b.compensationAdds()).isEqualTo(8L * 8);
        assertThat(b.weightSumAdds()).isEqualTo(8L * 4 * 15);
        // the three operators run in parallel: max(256 / 8, 64 / 8, (64 + 480) / 4) + 2
        assertThat(b.cost().cycles()).isEqualTo(136 + 2);
        assertThat(b.cost().macs()).isEqualTo(4L * 8 * 64);
    }

    @Test
    void sibiaComputesFrequentVectorsOnItsSharedUnits() {
        BitSliceArray.SliceBlock b = SIBIA.cost(BLOCK, SLICES);
        assertThat(b.hoOps()).isEqualTo(12L * 2 * 8);
        assertThat(b.skippedFrequentOps()).isZero();
        assertThat(b.compensationAdds()).isZero();
        assertThat(b.cost().cycles()).isEqualTo((256 + 192) / 16 + 2);
    }

    @Test
    void skippingFrequentVectorsSavesEnergyOverSkippingZerosOnly() {
        double panacea = PANACEA.cost(BLOCK, SLICES).cost().energyPj();
        double sibia = SIBIA.cost(BLOCK, SLICES).cost().energyPj();
        assertThat(panacea).isLessThan(sibia);
        SliceStats noFrequent = new SliceStats(256, 16, 4, 4, 16, 4, 0, 4, 300);
        // without frequent vectors the two compute the same slice work
        assertThat(PANACEA.cost(BLOCK, noFrequent).cost().energyPj()).isEqualTo(SIBIA.cost(BLOCK, noFrequent).cost().energyPj());
    }

    @Test
    void statisticsThatDoNotDescribeTheBlockAreErrors() {
        assertThatThrownBy(() -> PANACEA.cost(BLOCK, new SliceStats(128, 16, 4, 4, 8, 0, 0, 1, 10)))
                .hasMessageContaining("4 x 64");
        assertThatThrownBy(() -> PANACEA.cost(BLOCK, new SliceStats(256, 16, 3, 4, 16, 0, 0, 1, 10)))
                .hasMessageContaining("8-bit activations");
        assertThatThrownBy(() -> PANACEA.cost(BLOCK, new SliceStats(256, 8, 4, 4, 32, 0, 0, 1, 10)))
                .hasMessageContaining("vectorLength 8");
        assertThatThrownBy(() -> new SliceStats(256, 16, 4, 4, 16, 10, 8, 1, 10)).hasMessageContaining("inconsistent");
    }

    @Test
    void theComponentsCountSkippedWorkAndFailWithoutSliceStatistics() {
        ComponentRegistry registry = ComponentRegistry.load();
        ComponentHarness h = ComponentHarness.of(registry.create(PanaceaArrayType.NAME, "dut", Map.of()));
        h.deliver("in", compute(1, BLOCK).withExtension(SliceStats.KEY, SLICES), 1);
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.stats().counter("dut.skippedFrequentSliceOps")).isEqualTo(128);
        assertThat(h.stats().counter("dut.compensationAdds")).isEqualTo(64);

        ComponentHarness bad = ComponentHarness.of(registry.create(SibiaArrayType.NAME, "dut", Map.of()));
        bad.deliver("in", compute(1, BLOCK), 1);
        SimulationResult r = bad.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("sibia-array", "attn.qkv", "pe.slices");
    }
}
