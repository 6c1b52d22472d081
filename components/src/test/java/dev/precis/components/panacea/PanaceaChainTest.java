package dev.precis.components.panacea;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.BothEngines;
import dev.precis.components.ScriptedController;
import dev.precis.components.ScriptedController.Step;
import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.components.pe.PanaceaArrayType;
import dev.precis.components.pe.SibiaArrayType;
import dev.precis.components.pe.SliceStats;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.models.SimpleMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Panacea end to end, wired by hand: a controller stub loads activation tiles through the RLE decoder, sends
 * each block's slice statistics with its COMPUTE to the bit-slice array, and writes the next layer's
 * activations back through the RLE encoder. The Sibia-style design is the same chain without the codec.
 * Memories are the kernel's fixed-latency memory at 16 ps per byte (about the 1024 bits per 500 MHz cycle of
 * the ANT artifact's interface), standing in for the ideal memory interface.
 */
class PanaceaChainTest {
    /** A block of 64 rows x 576 values of uint8 (36 vectors of 16 per row), 128 outputs. */
    private static final ComputeWork WORK = new ComputeWork("layer3.conv1", new GemmDims(64, 128, 576),
            OperandPrecision.uniform(8), Dataflow.OUTPUT_STATIONARY);
    private static final long VECTORS = 64 * 36;

    /** What ZPM and DBS make of a layer: few zero HO vectors, most of the rest equal to the frequent value. */
    private static SliceStats slices(int block) {
        long zero = VECTORS / 10 + block;
        long frequent = VECTORS * 6 / 10 - block;
        return new SliceStats(64L * 576, 16, 4, 4, VECTORS, zero, frequent, VECTORS / 4, 64L * 576 * 4 / 3);
    }

    private static List<Step> script(boolean compressed) {
        List<Step> steps = new ArrayList<>();
        for (int blk = 0; blk < 4; blk++) {
            SliceStats s = slices(blk);
            long address = blk * 64L * 576;
            steps.add(new Step("load", id -> Transaction.read(id, address, 64L * 576).withExtension(SliceStats.KEY, s)));
            steps.add(new Step("compute", id -> Transaction.of(id, Command.COMPUTE, 0, 0)
                    .withExtension(ComputeWork.KEY, WORK).withExtension(SliceStats.KEY, s)));
            steps.add(new Step("store", id -> {
                Transaction w = Transaction.write(id, 1 << 24 | address, 64L * 576);
                return compressed ? w.withExtension(SliceStats.KEY, s) : w;
            }));
        }
        return steps;
    }

    private static Model model(boolean panacea) {
        ComponentRegistry r = ComponentRegistry.load();
        Model.Builder b = Model.builder().seed(9);
        Component ctrl = b.add("top.ctrl", new ScriptedController(List.of("load", "compute", "store"), script(panacea)));
        Component loadMem = b.add("top.dramRead", new SimpleMemory(4, 1, SimTime.ns(50), 16));
        Component storeMem = b.add("top.dramWrite", new SimpleMemory(4, 1, SimTime.ns(50), 16));
        Component array = b.add("top.pe", r.create(panacea ? PanaceaArrayType.NAME : SibiaArrayType.NAME, "top.pe", Map.of()));
        b.link(ctrl.port("compute"), array.port("in"), SimTime.ns(1));
        if (panacea) {
            Component decoder = b.add("top.rleDecoder", r.create(RleDecoderType.NAME, "top.rleDecoder", Map.of()));
            Component encoder = b.add("top.rleEncoder", r.create(RleEncoderType.NAME, "top.rleEncoder", Map.of()));
            b.link(ctrl.port("load"), decoder.port("in"), SimTime.ns(1));
            b.link(decoder.port("out"), loadMem.port("in"), SimTime.ns(1));
            b.link(ctrl.port("store"), encoder.port("in"), SimTime.ns(1));
            b.link(encoder.port("out"), storeMem.port("in"), SimTime.ns(1));
        } else {
            b.link(ctrl.port("load"), loadMem.port("in"), SimTime.ns(1));
            b.link(ctrl.port("store"), storeMem.port("in"), SimTime.ns(1));
        }
        return b.build();
    }

    @Test
    void theChainLoadsComputesAndStoresOnBothEnginesWithCompressedTraffic() {
        SimulationResult r = BothEngines.run(() -> model(true));
        assertThat(r.stats().counter("top.ctrl.answered")).isEqualTo(12);
        assertThat(r.stats().counter("top.ctrl.failed")).isZero();
        long dense = 4 * 64L * 576;
        assertThat(r.stats().counter("top.rleDecoder.denseBytes")).isEqualTo(dense);
        assertThat(r.stats().counter("top.rleDecoder.compressedBytes")).isLessThan(dense);
        assertThat(r.stats().counter("top.rleEncoder.compressedBytes"))
                .isEqualTo(r.stats().counter("top.rleDecoder.compressedBytes"));
        assertThat(r.stats().counter("top.pe.macs")).isEqualTo(4 * WORK.dims().macs());
        assertThat(r.stats().counter("top.pe.skippedFrequentSliceOps")).isPositive();
    }

    @Test
    void panaceaSpendsLessComputeEnergyThanTheSibiaStyleArrayOnTheSameSlices() {
        SimulationResult panacea = BothEngines.run(() -> model(true));
        SimulationResult sibia = BothEngines.run(() -> model(false));
        assertThat(panacea.stats().counter("top.pe.macs")).isEqualTo(sibia.stats().counter("top.pe.macs"));
        assertThat(panacea.stats().sumOf("computeEnergyPj")).isLessThan(sibia.stats().sumOf("computeEnergyPj"));
        assertThat(panacea.stats().counter("top.pe.hoSliceOps")).isLessThan(sibia.stats().counter("top.pe.hoSliceOps"));
        assertThat(sibia.stats().counter("top.pe.skippedFrequentSliceOps")).isZero();
    }
}
