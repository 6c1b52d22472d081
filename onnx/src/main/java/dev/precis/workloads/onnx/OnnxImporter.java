package dev.precis.workloads.onnx;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ModelProto;
import dev.precis.workloads.onnx.proto.OnnxProto.NodeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorShapeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ValueInfoProto;
import dev.precis.workloads.zoo.ActivationKind;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an ONNX model into an {@link ImportedModel}: parses the protobuf, fixes the static shape of
 * the one graph input (from the file, or the shape the caller gives when the file leaves a dimension
 * symbolic), walks the nodes in their (topological) order inferring every value's shape ({@link
 * NodeShapes}; integer shape computations fold into constants, {@link ShapeFolding}) and maps each compute
 * node to a zoo layer ({@link LayerMapper}).
 *
 * <p>Fails with an {@link OnnxFormatException} naming the file (and the node and operator, where one
 * is to blame) on: bytes that are not an ONNX model, an operator outside the supported set or domain,
 * a graph with other than one input, a dynamic input dimension without a given shape, a given shape
 * that contradicts the file, a node reading a value no earlier node produced, and a graph without
 * any compute layer.
 */
public final class OnnxImporter {

    /** The operators that become layers. */
    public static final Set<String> COMPUTE = Set.of("Conv", "Gemm", "MatMul");

    private OnnxImporter() {
    }

    /** Reads {@code file}; {@code inputShape} (or null) fixes the input's shape, leading dimension 1. */
    public static ImportedModel read(Path file, int[] inputShape) throws IOException {
        return parse(file.toString(), modelName(file), Files.readAllBytes(file), inputShape);
    }

    /**
     * Imports serialized model bytes.
     *
     * @param source what error messages call the model (its file)
     * @param modelName the model's name in the trace
     * @param inputShape the input's shape, or null to take it from the model
     */
    public static ImportedModel parse(String source, String modelName, byte[] bytes, int[] inputShape) {
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException(source, "not an ONNX model (damaged or not a protobuf: " + e.getMessage() + ")");
        }
        if (model.getIrVersion() <= 0 || !model.hasGraph() || model.getGraph().getNodeCount() == 0) {
            throw new OnnxFormatException(source, "not an ONNX model (no IR version or no graph nodes)");
        }
        GraphProto graph = model.getGraph();
        GraphValues values = new GraphValues();
        Set<String> initializers = new HashSet<>();
        for (TensorProto t : graph.getInitializerList()) {
            values.constant(t.getName(), t, TensorValues.dims(source, t));
            initializers.add(t.getName());
        }
        ValueInfoProto input = theInput(source, graph, initializers);
        int[] shape = inputShape(source, input, inputShape);
        values.activation(input.getName(), shape, ActivationKind.NETWORK_INPUT);

        List<LayerBinding> bindings = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int index = 0; index < graph.getNodeCount(); index++) {
            NodeProto node = graph.getNode(index);
            String name = node.getName().isEmpty() ? node.getOpType() + "_" + index : node.getName();
            if (!names.add(name)) {
                throw OnnxFormatException.atNode(source, name, node.getOpType(), "a second node of this name");
            }
            NodeAttributes attrs = new NodeAttributes(source, node, name);
            checkNode(source, node, name, values);
            if (COMPUTE.contains(node.getOpType())) {
                bindings.add(LayerMapper.map(source, node, name, attrs, values));
            } else if (ShapeFolding.folds(node, values)) {
                ShapeFolding.fold(source, node, attrs, values);
            } else if (!NodeShapes.handles(node.getOpType())) {
                throw attrs.error("is supported on integer constants only (a shape computation), not on an activation");
            } else {
                NodeShapes.apply(source, node, attrs, values);
            }
        }
        if (bindings.isEmpty()) {
            throw new OnnxFormatException(source, "has no Conv, Gemm or MatMul node, so no layer to trace");
        }
        List<Layer> layers = new ArrayList<>();
        for (LayerBinding b : bindings) {
            layers.add(b.layer());
        }
        Model zoo = new Model(modelName, "imported from " + source, layers);
        return new ImportedModel(source, bytes, zoo, bindings, input.getName(), shape, values.activationSizes());
    }

    private static void checkNode(String source, NodeProto node, String name, GraphValues values) {
        String op = node.getOpType();
        if (!isDefaultDomain(node.getDomain())) {
            throw OnnxFormatException.atNode(source, name, op, "operator of domain '" + node.getDomain()
                    + "' is not supported (only the default ONNX domain)");
        }
        if (!COMPUTE.contains(op) && !NodeShapes.handles(op) && !ShapeFolding.FOLDED.contains(op)) {
            Set<String> known = new TreeSet<>(COMPUTE);
            known.addAll(ShapeFolding.FOLDED);
            known.addAll(NodeShapes.SHAPE_PRESERVING);
            known.addAll(NodeShapes.BROADCASTING);
            known.addAll(NodeShapes.REDUCTIONS);
            known.addAll(NodeShapes.STRUCTURAL);
            throw OnnxFormatException.atNode(source, name, op, "unsupported operator (supported: "
                    + String.join(", ", known) + ")");
        }
        if (node.getOutputCount() == 0) {
            throw OnnxFormatException.atNode(source, name, op, "has no output");
        }
        for (String in : node.getInputList()) {
            if (!in.isEmpty() && !values.known(in)) {
                throw OnnxFormatException.atNode(source, name, op, "input '" + in
                        + "' is neither the graph input, an initializer nor the output of an earlier node");
            }
        }
        if (!op.equals("Constant") && (node.getInputCount() == 0 || node.getInput(0).isEmpty())) {
            throw OnnxFormatException.atNode(source, name, op, "has no input");
        }
    }

    private static boolean isDefaultDomain(String domain) {
        return domain.isEmpty() || domain.equals("ai.onnx");
    }

    private static ValueInfoProto theInput(String source, GraphProto graph, Set<String> initializers) {
        List<ValueInfoProto> inputs = new ArrayList<>();
        for (ValueInfoProto v : graph.getInputList()) {
            if (!initializers.contains(v.getName())) {
                inputs.add(v);
            }
        }
        if (inputs.size() != 1) {
            List<String> names = inputs.stream().map(ValueInfoProto::getName).toList();
            throw new OnnxFormatException(source, "has " + inputs.size() + " graph inputs " + names
                    + "; only models with one input are supported");
        }
        ValueInfoProto input = inputs.get(0);
        if (!input.getType().hasTensorType()
                || input.getType().getTensorType().getElemType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new OnnxFormatException(source, "input " + input.getName() + " is not a float tensor");
        }
        return input;
    }

    /** The input's static shape: the file's, checked against (or completed by) the given one. */
    private static int[] inputShape(String source, ValueInfoProto input, int[] given) {
        List<TensorShapeProto.Dimension> dims = input.getType().getTensorType().getShape().getDimList();
        if (!input.getType().getTensorType().hasShape()) {
            if (given == null) {
                throw new OnnxFormatException(source, "input " + input.getName()
                        + " has no shape in the file; give it (e.g. --input-shape 1,3,224,224)");
            }
            return checkBatchOfOne(source, input, given);
        }
        if (given != null && given.length != dims.size()) {
            throw new OnnxFormatException(source, "input " + input.getName() + " has rank " + dims.size()
                    + " but the given shape " + Arrays.toString(given) + " has rank " + given.length);
        }
        int[] shape = new int[dims.size()];
        for (int k = 0; k < shape.length; k++) {
            TensorShapeProto.Dimension d = dims.get(k);
            if (d.hasDimValue() && d.getDimValue() > 0) {
                if (given != null && given[k] != d.getDimValue()) {
                    throw new OnnxFormatException(source, "input " + input.getName() + " has dimension " + k
                            + " = " + d.getDimValue() + " but the given shape " + Arrays.toString(given) + " says "
                            + given[k]);
                }
                shape[k] = (int) Math.min(d.getDimValue(), Integer.MAX_VALUE);
            } else if (given != null) {
                shape[k] = given[k];
            } else {
                String what = d.hasDimParam() ? "the dynamic dimension '" + d.getDimParam() + "'" : "an unknown dimension";
                throw new OnnxFormatException(source, "input " + input.getName() + " has " + what + " at axis " + k
                        + "; give the input shape (e.g. --input-shape " + example(dims) + ")");
            }
        }
        return checkBatchOfOne(source, input, shape);
    }

    private static String example(List<TensorShapeProto.Dimension> dims) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < dims.size(); k++) {
            TensorShapeProto.Dimension d = dims.get(k);
            s.append(k == 0 ? "" : ",").append(d.hasDimValue() && d.getDimValue() > 0 ? d.getDimValue() : k == 0 ? 1 : 32);
        }
        return s.toString();
    }

    private static int[] checkBatchOfOne(String source, ValueInfoProto input, int[] shape) {
        for (int d : shape) {
            if (d <= 0) {
                throw new OnnxFormatException(source, "input shape " + Arrays.toString(shape)
                        + " has a dimension that is not positive");
            }
        }
        if (shape.length == 0 || shape[0] != 1) {
            throw new OnnxFormatException(source, "input " + input.getName() + " of shape " + Arrays.toString(shape)
                    + " must have a leading (batch) dimension of 1: the trace's batch is the number of inputs");
        }
        return shape.clone();
    }

    /** The file's base name without {@code .onnx}. */
    public static String modelName(Path file) {
        String base = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (base.endsWith(".onnx") && base.length() > ".onnx".length()) {
            base = base.substring(0, base.length() - ".onnx".length());
        }
        return base;
    }
}
