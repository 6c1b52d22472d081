package dev.precis.workloads.onnx;

import static dev.precis.workloads.onnx.TestModels.input;
import static dev.precis.workloads.onnx.TestModels.intAttr;
import static dev.precis.workloads.onnx.TestModels.ints;
import static dev.precis.workloads.onnx.TestModels.node;
import static dev.precis.workloads.onnx.TestModels.rawFloats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.FcLayer;
import org.junit.jupiter.api.Test;

/** Shape rules of the non-compute operators, seen through the fully connected layer that follows them. */
class NodeShapesTest {

    /** The graph {@code x -> ...nodes producing "h" -> MatMul(h, [k, 2])}, imported. */
    private static FcLayer fcAfter(GraphProto.Builder g, int k) {
        g.addInitializer(rawFloats("w", new float[k * 2], k, 2))
                .addNode(node("MatMul", "fc", new String[] {"h", "w"}, "y"));
        ImportedModel m = OnnxImporter.parse("shapes.onnx", "shapes", TestModels.model(g).toByteArray(), null);
        return (FcLayer) m.model().layers().get(m.model().layers().size() - 1);
    }

    @Test
    void reshapeCopiesZeroDimensionsAndInfersMinusOne() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 2, 3, 4))
                .addInitializer(TestModels.int64s("shape", 0, -1))
                .addNode(node("Reshape", "r", new String[] {"x", "shape"}, "h"));
        assertThat(fcAfter(g, 24)).isEqualTo(new FcLayer("fc", 24, 2, 1, ActivationKind.NETWORK_INPUT));
    }

    @Test
    void maxPoolWithCeilModeRoundsUpAndKeepsTheKindOfItsInput() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 1, 5, 5))
                .addNode(node("Relu", "relu", new String[] {"x"}, "r"))
                .addNode(node("MaxPool", "pool", new String[] {"r"}, "p").addAttribute(ints("kernel_shape", 2, 2))
                        .addAttribute(ints("strides", 2, 2)).addAttribute(intAttr("ceil_mode", 1)))
                .addNode(node("Flatten", "flat", new String[] {"p"}, "h"));
        assertThat(fcAfter(g, 9)).isEqualTo(new FcLayer("fc", 9, 2, 1, ActivationKind.POST_RELU));
    }

    @Test
    void reduceMeanWithoutKeepdimsDropsTheAxisAndMatmulKeepsLeadingRows() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 4, 6, 3))
                .addNode(node("ReduceMean", "mean", new String[] {"x"}, "h").addAttribute(ints("axes", -1))
                        .addAttribute(intAttr("keepdims", 0)));
        // [1, 4, 6, 3] -> [1, 4, 6]: a [6, 2] weight multiplies 4 rows per sample.
        assertThat(fcAfter(g, 6)).isEqualTo(new FcLayer("fc", 6, 2, 4, ActivationKind.LINEAR));
    }

    @Test
    void concatAddsTheAxisAndBroadcastingAddKeepsTheLargerShape() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 3))
                .addInitializer(rawFloats("c", new float[5], 1, 5))
                .addInitializer(rawFloats("bias", new float[8], 8))
                .addNode(node("Concat", "cat", new String[] {"x", "c"}, "k").addAttribute(intAttr("axis", 1)))
                .addNode(node("Add", "add", new String[] {"k", "bias"}, "h"));
        assertThat(fcAfter(g, 8)).isEqualTo(new FcLayer("fc", 8, 2, 1, ActivationKind.LINEAR));
    }

    @Test
    void shapesThatDoNotBroadcastFailNamingTheNode() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 3))
                .addInitializer(rawFloats("bias", new float[4], 4))
                .addNode(node("Add", "add", new String[] {"x", "bias"}, "h"));
        assertThatThrownBy(() -> fcAfter(g, 3))
                .hasMessage("shapes.onnx: node add (Add): shapes [1, 3] and [4] do not broadcast");
    }

    @Test
    void aReshapeTargetComputedAtRunTimeFails() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 4))
                .addNode(node("Relu", "relu", new String[] {"x"}, "s"))
                .addNode(node("Reshape", "r", new String[] {"x", "s"}, "h"));
        assertThatThrownBy(() -> fcAfter(g, 4))
                .hasMessage("shapes.onnx: node r (Reshape): target shape s is computed at run time; it must be a constant");
    }

    @Test
    void asymmetricConvolutionPaddingFails() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 1, 4, 4))
                .addInitializer(rawFloats("wc", new float[9], 1, 1, 3, 3))
                .addNode(node("Conv", "conv", new String[] {"x", "wc"}, "c").addAttribute(ints("pads", 1, 1, 0, 0)))
                .addNode(node("Flatten", "flat", new String[] {"c"}, "h"));
        assertThatThrownBy(() -> fcAfter(g, 4))
                .hasMessage("shapes.onnx: node conv (Conv): asymmetric pads [1, 1, 0, 0] are not supported");
    }

    @Test
    void aFlattenWrittenAsShapeGatherUnsqueezeConcatReshapeFoldsIntoAConstantTarget() {
        // What older PyTorch exports write for x.view(x.size(0), -1).
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 2, 3, 4))
                .addInitializer(TestModels.int64s("zero", 0).toBuilder().clearDims().build())
                .addInitializer(TestModels.int64s("minus_one", -1))
                .addNode(node("Shape", "shape", new String[] {"x"}, "s"))
                .addNode(node("Gather", "batch", new String[] {"s", "zero"}, "b").addAttribute(intAttr("axis", 0)))
                .addInitializer(TestModels.int64s("axis0", 0))
                .addNode(node("Unsqueeze", "b1", new String[] {"b", "axis0"}, "bu"))
                .addNode(node("Concat", "target", new String[] {"bu", "minus_one"}, "t").addAttribute(intAttr("axis", 0)))
                .addNode(node("Reshape", "view", new String[] {"x", "t"}, "h"));
        assertThat(fcAfter(g, 24)).isEqualTo(new FcLayer("fc", 24, 2, 1, ActivationKind.NETWORK_INPUT));
        // ONNX Runtime, running the same graph, agrees with the folded shape.
        ImportedModel m = OnnxImporter.parse("shapes.onnx", "shapes", TestModels.model(g).toByteArray(), null);
        CapturedActivations a = ActivationCapture.run(m, ModelInputs.synthetic(m, 1, 3));
        assertThat(a.sampleShape("h")).containsExactly(1, 24);
    }

    @Test
    void squeezeAndUnsqueezeOfActivationsMoveSizeOneAxes() {
        // Opset 13 form: the axes are a constant second input.
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 1, 6))
                .addInitializer(TestModels.int64s("axis1", 1))
                .addNode(node("Squeeze", "sq", new String[] {"x", "axis1"}, "s"))
                .addNode(node("Unsqueeze", "un", new String[] {"s", "axis1"}, "h"));
        assertThat(fcAfter(g, 6)).isEqualTo(new FcLayer("fc", 6, 2, 1, ActivationKind.NETWORK_INPUT));
    }

    @Test
    void aGatherOfAnActivationFailsNamingTheNode() {
        GraphProto.Builder g = GraphProto.newBuilder().addInput(input("x", 1, 6))
                .addInitializer(TestModels.int64s("idx", 0))
                .addNode(node("Gather", "pick", new String[] {"x", "idx"}, "h"));
        assertThatThrownBy(() -> fcAfter(g, 6)).hasMessage("shapes.onnx: node pick (Gather): is supported on integer "
                + "constants only (a shape computation), not on an activation");
    }
}
