package dev.precis.workloads.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.tensor.FloatTensor;
import dev.precis.workloads.zoo.TensorRole;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActivationCaptureTest {

    /** x[r][c] = 4r + c - 6 on the 4 x 4 input of {@link TestModels#convReluMatmul}. */
    private static float[] ramp(float factor) {
        float[] x = new float[16];
        for (int i = 0; i < 16; i++) {
            x[i] = factor * (i - 6);
        }
        return x;
    }

    // By hand: channel 0 sums the 3x3 window = 9 x its centre value 4(oy+1) + (ox+1) - 6, so -9, 0, 27, 36;
    // channel 1 is centre minus top-left corner = 5 everywhere. Relu zeroes the -9.
    private static final float[] CONV = {-9, 0, 27, 36, 5, 5, 5, 5};
    private static final float[] RELU = {0, 0, 27, 36, 5, 5, 5, 5};
    // y_j = sum_r f_r W[r][j] with W[r] = (r, 1, -r): 2*27 + 3*36 + 5*(4+5+6+7) = 272, 27+36+20 = 83, -272.
    private static final float[] OUT = {272, 83, -272};

    @Test
    void everyIntermediateActivationIsCapturedWithTheValuesComputedByHand() {
        ImportedModel m = OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
        CapturedActivations a = ActivationCapture.run(m, new ModelInputs(ramp(1), 1, true, "ramp"));
        assertThat(a.names()).containsExactly("x", "c", "r", "f", "y");
        assertThat(a.values("c")).containsExactly(CONV);
        assertThat(a.sampleShape("c")).containsExactly(1, 2, 2, 2);
        assertThat(a.values("r")).containsExactly(RELU);
        assertThat(a.values("f")).containsExactly(RELU);
        assertThat(a.sampleShape("f")).containsExactly(1, 8);
        assertThat(a.values("y")).containsExactly(OUT);
    }

    @Test
    void samplesAreRunOneByOneAndLaidSampleAfterSample() {
        ImportedModel m = OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
        float[] two = new float[32];
        System.arraycopy(ramp(1), 0, two, 0, 16);
        System.arraycopy(ramp(2), 0, two, 16, 16);
        CapturedActivations a = ActivationCapture.run(m, new ModelInputs(two, 2, true, "ramps"));
        // The network is positively homogeneous (no bias): doubling the input doubles every value.
        assertThat(a.values("y")).containsExactly(272, 83, -272, 544, 166, -544);
    }

    @Test
    void theOperandSourceHandsTheQuantizersRealWeightsAndActivations() {
        ImportedModel m = OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
        CapturedActivations a = ActivationCapture.run(m, new ModelInputs(ramp(1), 1, true, "ramp"));
        OnnxOperandSource source = new OnnxOperandSource(m, a, false);
        FloatTensor fcInput = source.input(m.model().layers().get(1), 1, 1);
        assertThat(fcInput.shape()).containsExactly(1, 1, 8);
        assertThat(fcInput.values()).containsExactly(RELU);
        FloatTensor convInput = source.input(m.model().layers().get(0), 0, 1);
        assertThat(convInput.shape()).containsExactly(1, 1, 4, 4);
        assertThat(convInput.values()).containsExactly(ramp(1));
        assertThat(source.operandB(m.model().layers().get(0), 0, 1).values()).containsExactly(TestModels.CONV_WEIGHTS);
        // Synthetic samples: the first layer's input is not real, everything the network computed from it is.
        assertThat(source.imports(m.model().layers().get(0), 0, TensorRole.INPUT)).isFalse();
        assertThat(source.imports(m.model().layers().get(0), 0, TensorRole.WEIGHT)).isTrue();
        assertThat(source.imports(m.model().layers().get(1), 1, TensorRole.INPUT)).isTrue();
        assertThat(new OnnxOperandSource(m, a, true).imports(m.model().layers().get(0), 0, TensorRole.INPUT)).isTrue();
        assertThatThrownBy(() -> source.input(m.model().layers().get(1), 1, 2))
                .hasMessage("tiny.onnx: the trace's batch 2 differs from the 1 samples the activations were captured on");
    }

    @Test
    void syntheticSamplesAreSeeded() {
        ImportedModel m = OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
        ModelInputs a = ModelInputs.synthetic(m, 3, 7);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.values()).hasSize(48).containsExactly(ModelInputs.synthetic(m, 3, 7).values());
        assertThat(a.values()).isNotEqualTo(ModelInputs.synthetic(m, 3, 8).values());
        assertThat(a.real()).isFalse();
        // Sample i depends on its index only: the first of three equals the only one of one.
        float[] first = Arrays.copyOf(a.values(), 16);
        assertThat(ModelInputs.synthetic(m, 1, 7).values()).containsExactly(first);
    }

    @Test
    void aProductOfTwoActivationsTakesItsSecondOperandFromTheCapture() {
        GraphProto.Builder g = GraphProto.newBuilder()
                .addInput(TestModels.input("x", 1, 1, 2, 3)).addOutput(TestModels.floatValue("s"))
                .addNode(TestModels.node("Transpose", "t", new String[] {"x"}, "xt")
                        .addAttribute(TestModels.ints("perm", 0, 1, 3, 2)))
                .addNode(TestModels.node("MatMul", "scores", new String[] {"x", "xt"}, "s"));
        ImportedModel m = OnnxImporter.parse("attn.onnx", "attn", TestModels.model(g).toByteArray(), null);
        float[] x = {1, 2, 3, 4, 5, 6}; // [[1, 2, 3], [4, 5, 6]]
        CapturedActivations a = ActivationCapture.run(m, new ModelInputs(x, 1, true, "x"));
        OnnxOperandSource source = new OnnxOperandSource(m, a, true);
        FloatTensor b = source.operandB(m.model().layers().get(0), 0, 1);
        assertThat(b.shape()).containsExactly(1, 1, 3, 2);
        assertThat(b.values()).containsExactly(1, 4, 2, 5, 3, 6);
        // x x^T = [[1+4+9, 4+10+18], [4+10+18, 16+25+36]]
        assertThat(a.values("s")).containsExactly(14, 32, 32, 77);
        assertThat(source.imports(m.model().layers().get(0), 0, TensorRole.SECOND_INPUT)).isTrue();
    }
}
