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

class LpaPeArrayTest {
    private static final LpaPeArray LPA = new LpaPeArray(32, 32, 8, 4, 5, 7, 32, 2, 3);
    private static final OperandFormats LP8 = OperandFormats.of("lp(8,1,3,0.5)", "lp(8,1,3,0.5)");
    private static final OperandFormats LP4 = OperandFormats.of("lp(4,0,2,0)", "lp(4,0,2,0)");

    @Test
    void aPeSplitsItsLogAdderForNarrowWords() {
        assertThat(LPA.productsPerPe(8)).isEqualTo(1);
        assertThat(LPA.productsPerPe(6)).isEqualTo(1);
        assertThat(LPA.productsPerPe(4)).isEqualTo(2);
        assertThat(LPA.productsPerPe(3)).isEqualTo(2);
    }

    @Test
    void fourBitLayersRunTwiceAsFastAsEightBitLayers() {
        BlockCost c8 = LPA.cost(work("a", 1024, 256, 576, 8, 8), LP8, 0);
        BlockCost c4 = LPA.cost(work("b", 1024, 256, 576, 4, 4), LP4, 0);
        // output stationary: ceil(m / (rows pf)) x ceil(n / cols) x k, plus 2 pipeline stages
        assertThat(c8.cycles()).isEqualTo(32L * 8 * 576 + 2);
        assertThat(c4.cycles()).isEqualTo(16L * 8 * 576 + 2);
        assertThat(c4.macs()).isEqualTo(c8.macs());
        assertThat(LPA.productPj(4)).isLessThan(LPA.productPj(8));
    }

    @Test
    void changingTheWordSizeBetweenBlocksCostsTheSwitch() {
        BlockCost c = LPA.cost(work("b", 64, 64, 64, 4, 4), LP4, 8);
        assertThat(c.switchCycles()).isEqualTo(3);
        assertThat(LPA.cost(work("b", 64, 64, 64, 4, 4), LP4, 4).switchCycles()).isZero();
    }

    @Test
    void formatsTheDatapathCannotHoldAreErrors() {
        ComputeWork w8 = work("fc", 16, 16, 16, 8, 8);
        assertThatThrownBy(() -> LPA.cost(w8, OperandFormats.of("int8", "lp(8,1,3,0)"), 0))
                .hasMessageContaining("weights").hasMessageContaining("logarithmic posits");
        LpaPeArray narrow = new LpaPeArray(32, 32, 8, 4, 5, 4, 32, 2, 0);
        assertThatThrownBy(() -> narrow.cost(w8, OperandFormats.of("lp(8,2,7,0)", "lp(8,2,7,0)"), 0))
                .hasMessageContaining("binades");
        LpaPeArray smallTable = new LpaPeArray(32, 32, 8, 4, 2, 7, 32, 2, 0);
        assertThatThrownBy(() -> smallTable.cost(w8, LP8, 0)).hasMessageContaining("fraction bits");
    }

    @Test
    void theComponentReadsTheLayersFormatsFromTheRequest() {
        ComponentHarness h = ComponentHarness.of(ComponentRegistry.load().create(LpaPeArrayType.NAME, "dut", Map.of()));
        h.deliver("in", compute(1, work("stem", 64, 64, 147, 8, 8), "lp(8,1,3,0.5)", "lp(8,1,3,0.5)"), 1);
        h.deliver("in", compute(2, work("block1", 64, 64, 576, 4, 4), "lp(4,0,2,0)", "lp(4,0,2,0)"), 2);
        assertThat(h.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(h.stats().counter("dut.macs.w8a8")).isEqualTo(64L * 64 * 147);
        assertThat(h.stats().counter("dut.macs.w4a4")).isEqualTo(64L * 64 * 576);
        assertThat(h.stats().counter("dut.blocks")).isEqualTo(2);
    }

    @Test
    void aBlockWithoutFormatsFailsNamingTheLayer() {
        ComponentHarness h = ComponentHarness.of(ComponentRegistry.load().create(LpaPeArrayType.NAME, "dut", Map.of()));
        h.deliver("in", compute(1, work("stem", 64, 64, 147, 8, 8)), 1);
        SimulationResult r = h.run();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failure().message()).contains("lpa-pe-array", "layer stem", "pe.formats");
    }
}
