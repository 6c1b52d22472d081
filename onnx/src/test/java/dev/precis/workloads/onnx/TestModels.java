package dev.precis.workloads.onnx;

import com.google.protobuf.ByteString;
import dev.precis.workloads.onnx.proto.OnnxProto.AttributeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ModelProto;
import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.OperatorSetIdProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorShapeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TypeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small ONNX models built with the protobuf builders, with weights simple enough to check by hand. */
public final class TestModels {

    /** Conv weights [2, 1, 3, 3]: channel 0 sums the window, channel 1 is its centre minus its corner. */
    public static final float[] CONV_WEIGHTS = {
        1, 1, 1, 1, 1, 1, 1, 1, 1,
        -1, 0, 0, 0, 1, 0, 0, 0, 0};
    /** MatMul weights [8, 3]: row r is (r, 1, -r). */
    static final float[] MATMUL_WEIGHTS = new float[24];

    static {
        for (int r = 0; r < 8; r++) {
            MATMUL_WEIGHTS[r * 3] = r;
            MATMUL_WEIGHTS[r * 3 + 1] = 1;
            MATMUL_WEIGHTS[r * 3 + 2] = -r;
        }
    }

    private TestModels() {
    }

    /**
     * input x [1, 1, 4, 4] -> Conv (2 channels, 3x3, no padding) -> Relu -> Flatten -> MatMul [8, 3]
     * -> y [1, 3].
     */
    public static ModelProto convReluMatmul() {
        GraphProto.Builder g = GraphProto.newBuilder().setName("tiny")
                .addInput(input("x", 1, 1, 4, 4))
                .addOutput(floatValue("y"))
                .addInitializer(rawFloats("w_conv", CONV_WEIGHTS, 2, 1, 3, 3))
                .addInitializer(floatData("w_fc", MATMUL_WEIGHTS, 8, 3))
                .addNode(node("Conv", "conv1", new String[] {"x", "w_conv"}, "c")
                        .addAttribute(ints("kernel_shape", 3, 3)).addAttribute(ints("pads", 0, 0, 0, 0)))
                .addNode(node("Relu", "relu1", new String[] {"c"}, "r"))
                .addNode(node("Flatten", "flat", new String[] {"r"}, "f").addAttribute(intAttr("axis", 1)))
                .addNode(node("MatMul", "fc1", new String[] {"f", "w_fc"}, "y"));
        return model(g);
    }

    static ModelProto model(GraphProto.Builder graph) {
        return ModelProto.newBuilder().setIrVersion(7).setProducerName("precis-test")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
    }

    static ValueInfoProto input(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    /** An input whose first dimension is the symbol {@code batch}. */
    public static ValueInfoProto dynamicInput(String name, long... rest) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        for (long d : rest) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))).build();
    }

    static ValueInfoProto floatValue(String name) {
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(
                TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))).build();
    }

    public static NodeProto.Builder node(String op, String name, String[] inputs, String output) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
        for (String in : inputs) {
            n.addInput(in);
        }
        return n;
    }

    public static AttributeProto ints(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    static AttributeProto intAttr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto floatAttr(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
    }

    /** A float initializer in raw_data (little-endian), as PyTorch writes them. */
    static TensorProto rawFloats(String name, float[] values, long... dims) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE)
                .setRawData(ByteString.copyFrom(b.array()));
        for (long d : dims) {
            t.addDims(d);
        }
        return t.build();
    }

    /** A float initializer in the typed float_data field. */
    static TensorProto floatData(String name, float[] values, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (float v : values) {
            t.addFloatData(v);
        }
        for (long d : dims) {
            t.addDims(d);
        }
        return t.build();
    }

    static TensorProto int64s(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }
}
