package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.operand.LayerOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.tracegen.Int8LayerQuantization;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizedLayer;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FeatureMap;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * precis run elaborates a fresh model per layer, yet the array carries the precision it ended a layer in into the
 * next: on the bitfusion preset with {@code pe.precisionSwitchCycles} set, a second layer at another precision than
 * the first pays exactly one switch, a second layer at the same precision none, and a cost of 0 leaves every layer
 * as it is when run alone. Both engines carry the same.
 */
class PrecisionSwitchBetweenLayersTest {
    private static final long SWITCH = 1000;
    private static final ConvLayer CONV1 = ConvLayer.square("conv1", new FeatureMap(16, 12, 12), 32, 3, 1, 1, 1,
            ActivationKind.NETWORK_INPUT);
    private static final ConvLayer CONV2 = ConvLayer.square("conv2", new FeatureMap(32, 12, 12), 32, 3, 1, 1, 1,
            ActivationKind.POST_RELU);

    /** int8's codes, with each layer's descriptors declared at {@code bits[layer]} (int types, as BitFusion takes). */
    private record FixedBits(int[] bits) implements LayerQuantization {
        private static final Int8LayerQuantization INT8 = new Int8LayerQuantization();

        @Override
        public String name() {
            return "fixed-bits";
        }

        @Override
        public SortedMap<String, String> settings() {
            return INT8.settings();
        }

        @Override
        public java.util.Set<dev.precis.workloads.trace.TileField> tileFields() {
            return INT8.tileFields();
        }

        @Override
        public QuantizedLayer quantize(LayerOperands operands) {
            QuantizedLayer q = INT8.quantize(operands);
            int b = bits[operands.layerIndex()];
            List<TensorDescriptor> tensors = new ArrayList<>();
            for (TensorDescriptor d : q.tensors()) {
                tensors.add(new TensorDescriptor(d.role(), "int" + b, b, d.perChannel(), d.scales(), d.zeroPoints()));
            }
            return new QuantizedLayer(tensors, q.tiles(), q.statistics());
        }
    }

    private static Path trace(Path dir, String name, List<Layer> layers, int... bits) throws Exception {
        Path out = dir.resolve(name + ".trace");
        OperandSource source = OperandSource.synthetic(new SyntheticTensorSource(5, SyntheticTensorConfig.defaults()));
        TraceGenerator.generate(new Model(name, "precision switch test", layers), 1, 5, source, new FixedBits(bits), out,
                line -> { });
        return out;
    }

    private static RunReport run(Path trace, long switchCycles, EngineKind engine) {
        return AcceleratorRunner.run(new RunRequest("bitfusion", new Workload.TraceFile(trace), 1, Optional.empty(),
                Map.of("pe.precisionSwitchCycles", Long.toString(switchCycles)), engine, 5), RunProgress.NONE);
    }

    @Test
    void aSecondLayerAtAnotherPrecisionPaysExactlyOneSwitch(@TempDir Path dir) throws Exception {
        Path twoLayers = trace(dir, "mixed", List.of(CONV1, CONV2), 8, 4);
        Path alone = trace(dir, "alone", List.of(CONV2), 4);
        RunReport free = run(twoLayers, 0, EngineKind.SEQUENTIAL);
        RunReport charged = run(twoLayers, SWITCH, EngineKind.SEQUENTIAL);
        LayerReport conv2Alone = run(alone, SWITCH, EngineKind.SEQUENTIAL).layers().get(0);

        assertThat(charged.total().precisionSwitches()).isEqualTo(1);
        assertThat(charged.total().precisionSwitchCycles()).isEqualTo(SWITCH);
        assertThat(charged.layers().get(0)).isEqualTo(free.layers().get(0));
        LayerReport conv2 = charged.layers().get(1);
        assertThat(conv2.precisionSwitches()).isEqualTo(1);
        assertThat(conv2.computeCycles()).isEqualTo(conv2Alone.computeCycles() + SWITCH);
        assertThat(conv2.cycles()).isBetween(conv2Alone.cycles(), conv2Alone.cycles() + SWITCH);

        // a cost of 0 changes nothing: the second layer is as it is alone
        assertThat(free.total().precisionSwitches()).isZero();
        assertThat(free.layers().get(1)).isEqualTo(conv2Alone);
        assertThat(run(twoLayers, SWITCH, EngineKind.ACTOR).toJson()).isEqualTo(charged.toJson().replace("\"sequential\"", "\"actor\""));
    }

    @Test
    void aSecondLayerAtTheSamePrecisionPaysNone(@TempDir Path dir) throws Exception {
        Path same = trace(dir, "same", List.of(CONV1, CONV2), 4, 4);
        RunReport charged = run(same, SWITCH, EngineKind.SEQUENTIAL);
        assertThat(charged.total().precisionSwitches()).isZero();
        assertThat(charged.total().precisionSwitchCycles()).isZero();
        assertThat(charged.layers()).isEqualTo(run(same, 0, EngineKind.SEQUENTIAL).layers());
    }
}
