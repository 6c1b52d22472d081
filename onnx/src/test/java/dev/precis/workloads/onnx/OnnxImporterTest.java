package dev.precis.workloads.onnx;

import static dev.precis.workloads.onnx.TestModels.floatAttr;
import static dev.precis.workloads.onnx.TestModels.input;
import static dev.precis.workloads.onnx.TestModels.intAttr;
import static dev.precis.workloads.onnx.TestModels.node;
import static dev.precis.workloads.onnx.TestModels.rawFloats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ModelProto;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.MatMulLayer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OnnxImporterTest {

    private static ImportedModel importTiny() {
        return OnnxImporter.parse("tiny.onnx", "tiny", TestModels.convReluMatmul().toByteArray(), null);
    }

    @Test
    void convAndMatmulBecomeLayersWithShapesInferredFromTheInitializers() {
        ImportedModel m = importTiny();
        assertThat(m.model().name()).isEqualTo("tiny");
        assertThat(m.model().layers()).hasSize(2);
        assertThat(m.model().layers().get(0)).isEqualTo(new ConvLayer("conv1", 1, 4, 4, 2, 3, 3, 1, 1, 0, 0, 1, 2, 2,
                ActivationKind.NETWORK_INPUT));
        // Relu then Flatten: the fc layer sees 2 x 2 x 2 = 8 rectified features of one row.
        assertThat(m.model().layers().get(1)).isEqualTo(new FcLayer("fc1", 8, 3, 1, ActivationKind.POST_RELU));
        assertThat(m.binding(1).input()).isEqualTo("f");
        assertThat(m.inputShape()).containsExactly(1, 1, 4, 4);
        assertThat(m.activations()).containsExactly("x", "c", "r", "f", "y");
    }

    @Test
    void weightsComeFromTheInitializersInTheLayoutOfTheOperands() {
        ImportedModel m = importTiny();
        assertThat(m.binding(0).weights().shape()).containsExactly(2, 1, 3, 3);
        assertThat(m.binding(0).weights().values()).containsExactly(TestModels.CONV_WEIGHTS);
        // MatMul's [K=8, N=3] operand becomes [out=3, in=8]: row j holds column j of the initializer.
        float[] fc = m.binding(1).weights().values();
        assertThat(m.binding(1).weights().shape()).containsExactly(3, 8);
        for (int r = 0; r < 8; r++) {
            assertThat(fc[r]).isEqualTo(r);
            assertThat(fc[8 + r]).isEqualTo(1f);
            assertThat(fc[16 + r]).isEqualTo(-r);
        }
    }

    @Test
    void gemmTakesTransposedWeightsAsTheyAreAndFoldsAlphaIntoThem() {
        float[] w = {1, 2, 3, 4, 5, 6}; // [N=2, K=3] with transB=1
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 3))
                .addInitializer(rawFloats("w", w, 2, 3))
                .addNode(node("Gemm", "dense", new String[] {"x", "w"}, "y")
                        .addAttribute(intAttr("transB", 1)).addAttribute(floatAttr("alpha", 2f)));
        ImportedModel m = OnnxImporter.parse("gemm.onnx", "gemm", TestModels.model(g).toByteArray(), null);
        assertThat(m.model().layers().get(0)).isEqualTo(new FcLayer("dense", 3, 2, 1, ActivationKind.NETWORK_INPUT));
        assertThat(m.binding(0).weights().values()).containsExactly(2, 4, 6, 8, 10, 12);
    }

    @Test
    void matmulOfTwoActivationsIsAnAttentionStyleProduct() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 2, 4, 3))
                .addNode(node("Transpose", "t", new String[] {"x"}, "xt").addAttribute(TestModels.ints("perm", 0, 1, 3, 2)))
                .addNode(node("MatMul", "scores", new String[] {"x", "xt"}, "s"));
        ImportedModel m = OnnxImporter.parse("attn.onnx", "attn", TestModels.model(g).toByteArray(), null);
        assertThat(m.model().layers().get(0)).isEqualTo(new MatMulLayer("scores", 4, 4, 3, 2,
                ActivationKind.NETWORK_INPUT, ActivationKind.LINEAR));
        assertThat(m.binding(0).second()).isEqualTo("xt");
    }

    @Test
    void damagedBytesFailNamingTheFile() {
        byte[] bytes = "this is not a model".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OnnxImporter.parse("broken.onnx", "broken", bytes, null))
                .isInstanceOf(OnnxFormatException.class)
                .hasMessageStartingWith("broken.onnx: not an ONNX model")
                .message().doesNotContain("\n");
        byte[] truncated = TestModels.convReluMatmul().toByteArray();
        byte[] half = Arrays.copyOf(truncated, truncated.length / 2);
        assertThatThrownBy(() -> OnnxImporter.parse("half.onnx", "half", half, null))
                .hasMessageStartingWith("half.onnx: not an ONNX model");
    }

    @Test
    void anUnknownOperatorFailsNamingTheNodeAndOperator() {
        ModelProto bad = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setNode(1, node("Swish", "act1", new String[] {"c"}, "r"))).build();
        assertThatThrownBy(() -> OnnxImporter.parse("bad.onnx", "bad", bad.toByteArray(), null))
                .isInstanceOf(OnnxFormatException.class)
                .hasMessageStartingWith("bad.onnx: node act1 (Swish): unsupported operator (supported: ")
                .message().doesNotContain("\n");
    }

    @Test
    void anOperatorOfAnotherDomainFails() {
        ModelProto bad = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setNode(1, node("Relu", "act1", new String[] {"c"}, "r").setDomain("com.microsoft")))
                .build();
        assertThatThrownBy(() -> OnnxImporter.parse("ms.onnx", "ms", bad.toByteArray(), null))
                .hasMessage("ms.onnx: node act1 (Relu): operator of domain 'com.microsoft' is not supported "
                        + "(only the default ONNX domain)");
    }

    @Test
    void aDynamicInputDimensionNeedsAGivenShape() {
        ModelProto dynamic = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setInput(0, TestModels.dynamicInput("x", 1, 4, 4))).build();
        assertThatThrownBy(() -> OnnxImporter.parse("dyn.onnx", "dyn", dynamic.toByteArray(), null))
                .isInstanceOf(OnnxFormatException.class)
                .hasMessage("dyn.onnx: input x has the dynamic dimension 'batch' at axis 0; give the input shape "
                        + "(e.g. --input-shape 1,1,4,4)");
        ImportedModel m = OnnxImporter.parse("dyn.onnx", "dyn", dynamic.toByteArray(), new int[] {1, 1, 4, 4});
        assertThat(m.model().layers()).hasSize(2);
        assertThatThrownBy(() -> OnnxImporter.parse("dyn.onnx", "dyn", dynamic.toByteArray(), new int[] {1, 1, 5, 4}))
                .hasMessage("dyn.onnx: input x has dimension 2 = 4 but the given shape [1, 1, 5, 4] says 5");
        assertThatThrownBy(() -> OnnxImporter.parse("dyn.onnx", "dyn", dynamic.toByteArray(), new int[] {2, 1, 4, 4}))
                .hasMessageContaining("must have a leading (batch) dimension of 1");
    }

    @Test
    void aNodeReadingAValueNoEarlierNodeProducedFails() {
        ModelProto bad = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setNode(1, node("Relu", "relu1", new String[] {"nowhere"}, "r"))).build();
        assertThatThrownBy(() -> OnnxImporter.parse("dangling.onnx", "dangling", bad.toByteArray(), null))
                .hasMessage("dangling.onnx: node relu1 (Relu): input 'nowhere' is neither the graph input, an "
                        + "initializer nor the output of an earlier node");
    }

    @Test
    void weightsThatDoNotFitTheInputFailNamingTheNode() {
        ModelProto bad = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setInitializer(1, TestModels.floatData("w_fc", new float[21], 7, 3))).build();
        assertThatThrownBy(() -> OnnxImporter.parse("misfit.onnx", "misfit", bad.toByteArray(), null))
                .hasMessage("misfit.onnx: node fc1 (MatMul): constant operand w_fc of shape [7, 3] is not a [8, N] "
                        + "matrix for input [1, 8]");
        ModelProto shortRaw = TestModels.convReluMatmul().toBuilder().setGraph(TestModels.convReluMatmul().getGraph()
                .toBuilder().setInitializer(0, rawFloats("w_conv", new float[17], 2, 1, 3, 3))).build();
        assertThatThrownBy(() -> OnnxImporter.parse("short.onnx", "short", shortRaw.toByteArray(), null))
                .hasMessage("short.onnx: tensor w_conv of shape [2, 1, 3, 3] needs 72 bytes of raw data but has 68");
    }

    @Test
    void aGraphWithoutComputeLayersFails() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 3))
                .addNode(node("Relu", "r", new String[] {"x"}, "y"));
        assertThatThrownBy(() -> OnnxImporter.parse("relu.onnx", "relu", TestModels.model(g).toByteArray(), null))
                .hasMessage("relu.onnx: has no Conv, Gemm or MatMul node, so no layer to trace");
    }
}
