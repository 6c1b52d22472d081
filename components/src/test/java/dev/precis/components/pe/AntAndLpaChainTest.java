package dev.precis.components.pe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.components.BothEngines;
import dev.precis.components.ScriptedController;
import dev.precis.components.ScriptedController.Step;
import dev.precis.tlm.Component;
import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ANT and LPA end to end, wired by hand: a controller stub sends a small network's blocks, each with its
 * layer's formats (as the replay takes them from the trace's descriptors), to one PE array.
 */
class AntAndLpaChainTest {

    private record Block(ComputeWork work, String weightType, String activationType) {
        Step step() {
            return new Step("out", id -> ComputeRequests.compute(id, work, weightType, activationType));
        }
    }

    /** ANT's rule: 8-bit first and last layer, 4-bit elsewhere, with the types its selection picks per tensor. */
    private static final List<Block> ANT_NET = List.of(
            new Block(ComputeRequests.work("conv1", 1024, 64, 147, 8, 8), "int8", "uint8"),
            new Block(ComputeRequests.work("layer1", 1024, 64, 576, 4, 4), "flint4s", "flint4u"),
            new Block(ComputeRequests.work("layer2", 256, 128, 576, 4, 4), "pot4s", "int4u"),
            new Block(ComputeRequests.work("fc", 1, 1000, 512, 8, 8), "int8", "uint8"));

    /** LPQ's per-layer LP types. */
    private static final List<Block> LPA_NET = List.of(
            new Block(ComputeRequests.work("conv1", 1024, 64, 147, 8, 8), "lp(8,1,3,0.5)", "lp(8,1,3,0.5)"),
            new Block(ComputeRequests.work("layer1", 1024, 64, 576, 5, 5), "lp(5,0,2,0)", "lp(5,0,2,0)"),
            new Block(ComputeRequests.work("layer2", 256, 128, 576, 4, 4), "lp(4,0,2,0)", "lp(4,0,2,0)"),
            new Block(ComputeRequests.work("fc", 1, 1000, 512, 8, 8), "lp(8,2,3,-1)", "lp(8,2,3,-1)"));

    private static Model model(String type, Map<String, ?> params, List<Block> net) {
        Model.Builder b = Model.builder().seed(5);
        Component ctrl = b.add("top.ctrl", new ScriptedController(List.of("out"), net.stream().map(Block::step).toList()));
        Component pe = b.add("top.pe", ComponentRegistry.load().create(type, "top.pe", params));
        b.link(ctrl.port("out"), pe.port("in"), SimTime.ns(1));
        return b.build();
    }

    @Test
    void antRunsANetworkOfMixedTypesOnBothEnginesWithThePureModelsCycles() {
        SimulationResult r = BothEngines.run(() -> model(AntPeArrayType.NAME, Map.of(), ANT_NET));
        AntPeArray m = new AntPeArray(new BitBrickArray(32, 32, 8, 4, 0), AntPeArray.Variant.ANT,
                AntPeArray.CostModel.RECONSTRUCTION, 1, new AntDecoderCosts(3, 3, 32), 32);
        long cycles = 0;
        double energy = 0;
        OperandPrecision previous = null;
        for (Block blk : ANT_NET) {
            BlockCost c = m.cost(blk.work(), OperandFormats.of(blk.weightType(), blk.activationType()), previous);
            cycles += c.cycles();
            energy += c.energyPj();
            previous = blk.work().precision();
        }
        assertThat(r.stats().counter("top.pe.busyCycles")).isEqualTo(cycles);
        assertThat(r.stats().sumOf("computeEnergyPj")).isCloseTo(energy, within(1e-6 * energy));
        assertThat(r.stats().counter("top.ctrl.answered")).isEqualTo(4);
        assertThat(r.stats().counter("top.pe.macs.w4a4")).isEqualTo(1024L * 64 * 576 + 256L * 128 * 576);
        // blocks run back to back: the last answer comes after every busy cycle at 500 MHz
        assertThat(BothEngines.lastAnswerPs(r, "top.ctrl")).isGreaterThan(2000.0 * cycles);
    }

    @Test
    void antCostsMoreEnergyAndAreaThanBitFusionOnTheSameBlocksOfItsOwnTypes() {
        SimulationResult ant = BothEngines.run(() -> model(AntPeArrayType.NAME, Map.of(), ANT_NET));
        List<Block> intNet = ANT_NET.stream().map(b -> new Block(b.work(), "int" + b.work().precision().weightBits(),
                "int" + b.work().precision().activationBits())).toList();
        SimulationResult bf = BothEngines.run(() -> model(AntPeArrayType.NAME, Map.of("variant", "bitfusion"), intNet));
        assertThat(ant.stats().sumOf("computeEnergyPj")).isGreaterThan(bf.stats().sumOf("computeEnergyPj"));
        assertThat(ant.stats().sumOf("areaMm2")).isGreaterThan(bf.stats().sumOf("areaMm2"));
        // one decoder stage per block is all the time ANT adds
        assertThat(ant.stats().counter("top.pe.busyCycles") - bf.stats().counter("top.pe.busyCycles")).isEqualTo(4);
    }

    @Test
    void lpaRunsEachLayerAtItsOwnLpTypeOnBothEngines() {
        SimulationResult r = BothEngines.run(() -> model(LpaPeArrayType.NAME, Map.of(), LPA_NET));
        assertThat(r.stats().counter("top.ctrl.answered")).isEqualTo(4);
        assertThat(r.stats().counter("top.pe.macs.w5a5")).isEqualTo(1024L * 64 * 576);
        assertThat(r.stats().counter("top.pe.macs.w4a4")).isEqualTo(256L * 128 * 576);
        LpaPeArray m = new LpaPeArray(32, 32, 8, 4, 5, 7, 32, 2, 0);
        long cycles = 0;
        for (Block blk : LPA_NET) cycles += m.cost(blk.work(), OperandFormats.of(blk.weightType(), blk.activationType()), 0).cycles();
        assertThat(r.stats().counter("top.pe.busyCycles")).isEqualTo(cycles);
    }
}
