package dev.precis.accelerators.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.accelerators.antfamily.AntBenchmark;
import dev.precis.accelerators.antfamily.AntFamilyDesigns;
import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.mapping.LayerProblem;
import dev.precis.accelerators.mapping.LayerResult;
import dev.precis.accelerators.mapping.LayerShape;
import dev.precis.accelerators.mapping.MappingSearch;
import dev.precis.components.pe.GemmDims;
import dev.precis.components.pe.OperandFormats;
import dev.precis.components.pe.OperandPrecision;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.stats.StatsSnapshot;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ANT-family presets replayed on the kernel reproduce the ANT artifact's mapper per layer: the same compute
 * cycles, DRAM bits and buffer energy exactly, and the same cycles up to the replay's handshakes (at most
 * {@link #HANDSHAKE_CYCLES_PER_COPY} cycles per copy of a layer: each of fill, overlapped stream and drain starts
 * at the receiving component's next clock edge after the previous phase's answer).
 */
class ReplayReproducesTheMapperTest {
    static final long HANDSHAKE_CYCLES_PER_COPY = 3;

    @ParameterizedTest
    @CsvSource({"ant, ANT_OS", "ant-ws, ANT_WS", "bitfusion, BITFUSION", "olaccel, OLACCEL", "adafloat, ADAFLOAT",
            "biscaled, BISCALED"})
    void everyResNet18LayerTakesTheMappersCycles(String preset, AntDesign design) {
        Elaborator elaborator = new Elaborator(Composition.preset(preset, Map.of()), ComponentRegistry.load()).check();
        Model model = AntBenchmark.RESNET18.model(design);
        int[] bits = AntBenchmark.RESNET18.bits(design, AntPrecisionPlans.artifact());
        int batch = 4;
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            OperandPrecision p = OperandPrecision.uniform(bits[i]);
            LayerShape shape = LayerShape.of(layer, batch);
            var g = layer.gemm(batch);
            ReplayLayer replay = new ReplayLayer(i, layer.name(), shape, new GemmDims(g.m(), g.n(), g.k()), g.count(), p,
                    OperandFormats.of("int" + bits[i], "int" + bits[i]), shape.macs());
            LayerResult expected = MappingSearch.best(new LayerProblem(shape, p, AntFamilyDesigns.of(design)));

            SimulationResult r = new SequentialEngine().run(elaborator.build(replay, 1), RunOptions.DEFAULT).orThrow();
            StatsSnapshot s = r.stats();
            long cycles = s.counter("controller.cycles");
            String what = preset + " " + layer.name();
            assertThat(s.counter("pe.busyCycles")).as(what + " compute").isEqualTo(expected.computeCycles());
            assertThat(s.counter("memory.readBits")).as(what + " read bits").isEqualTo(expected.dramReadBits());
            assertThat(s.counter("memory.writeBits")).as(what + " write bits").isEqualTo(expected.dramWriteBits());
            assertThat(cycles).as(what + " cycles").isBetween(expected.cycles(),
                    expected.cycles() + HANDSHAKE_CYCLES_PER_COPY * expected.repeats());
            assertThat(s.get("controller.bufferEnergyPj").orElseThrow().scalar()).as(what + " buffer energy")
                    .isCloseTo(expected.energy().bufferPj(), within(1e-6 * expected.energy().bufferPj()));
            assertThat(s.get("memory.energyPj").orElseThrow().scalar()).as(what + " DRAM energy")
                    .isCloseTo(expected.energy().dramPj(), within(1e-6 * expected.energy().dramPj()));
        }
    }
}
