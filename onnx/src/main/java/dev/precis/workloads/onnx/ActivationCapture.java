package dev.precis.workloads.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.precis.workloads.onnx.proto.OnnxProto.GraphProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ModelProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TensorProto;
import dev.precis.workloads.onnx.proto.OnnxProto.TypeProto;
import dev.precis.workloads.onnx.proto.OnnxProto.ValueInfoProto;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an imported model with ONNX Runtime and keeps every intermediate activation: the graph is
 * rewritten so that each float value a node produces is also a graph output, and the model is run
 * once per sample (its input has a batch dimension of 1). One intra-op thread and no graph
 * optimisation: the values are those of the model's own nodes, and a run gives the same numbers every
 * time on a machine (ONNX Runtime's CPU kernels may differ in the last bits between processors).
 */
public final class ActivationCapture {

    private ActivationCapture() {
    }

    public static CapturedActivations run(ImportedModel model, ModelInputs inputs) {
        if (inputs.sampleSize() != model.inputSize()) {
            throw new IllegalArgumentException(model.source() + ": a sample has " + inputs.sampleSize()
                    + " values but input " + model.inputName() + " needs " + model.inputSize());
        }
        Set<String> outputs = new LinkedHashSet<>(model.activations());
        outputs.remove(model.inputName());
        byte[] exposed = exposeActivations(model, outputs);
        long[] shape = new long[model.inputShape().length];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = model.inputShape()[k];
        }
        int size = model.inputSize();
        Map<String, float[]> values = new LinkedHashMap<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        values.put(model.inputName(), inputs.values());
        shapes.put(model.inputName(), model.inputShape());
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
            try (OrtSession session = env.createSession(exposed, options)) {
                for (int sample = 0; sample < inputs.count(); sample++) {
                    FloatBuffer in = FloatBuffer.wrap(inputs.values(), sample * size, size).slice();
                    try (OnnxTensor tensor = OnnxTensor.createTensor(env, in, shape);
                         OrtSession.Result result = session.run(Map.of(model.inputName(), tensor), outputs)) {
                        for (String name : outputs) {
                            collect(model, name, result, sample, inputs.count(), values, shapes);
                        }
                    }
                }
            }
        } catch (OrtException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").trim();
            throw new OnnxFormatException(model.source(), "ONNX Runtime could not run the model: " + message, e);
        }
        return new CapturedActivations(inputs.count(), values, shapes);
    }

    private static void collect(ImportedModel model, String name, OrtSession.Result result, int sample, int samples,
                                Map<String, float[]> values, Map<String, int[]> shapes) throws OrtException {
        OnnxValue value = result.get(name).orElseThrow(() -> new OnnxFormatException(model.source(),
                "ONNX Runtime returned no value for " + name));
        if (!(value instanceof OnnxTensor t)) {
            throw new OnnxFormatException(model.source(), "value " + name + " is not a tensor");
        }
        TensorInfo info = t.getInfo();
        FloatBuffer data = t.getFloatBuffer();
        int n = data.remaining();
        float[] all = values.get(name);
        if (all == null) {
            all = new float[Math.multiplyExact(n, samples)];
            values.put(name, all);
            long[] s = info.getShape();
            int[] shape = new int[s.length];
            for (int k = 0; k < s.length; k++) {
                shape[k] = (int) s[k];
            }
            shapes.put(name, shape);
        } else if (all.length != (long) n * samples) {
            throw new OnnxFormatException(model.source(), "value " + name + " changed size between samples");
        }
        data.get(all, sample * n, n);
    }

    /** The model with each of {@code names} added to the graph's outputs (as float tensors of any shape). */
    static byte[] exposeActivations(ImportedModel model, Set<String> names) {
        ModelProto proto;
        try {
            proto = ModelProto.parseFrom(model.bytes());
        } catch (InvalidProtocolBufferException e) {
            throw new OnnxFormatException(model.source(), "not an ONNX model: " + e.getMessage(), e);
        }
        GraphProto.Builder graph = proto.getGraph().toBuilder();
        Set<String> already = new HashSet<>();
        for (ValueInfoProto out : graph.getOutputList()) {
            already.add(out.getName());
        }
        List<ValueInfoProto> added = new ArrayList<>();
        for (String name : names) {
            if (!already.contains(name)) {
                added.add(ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)))
                        .build());
            }
        }
        graph.addAllOutput(added);
        return proto.toBuilder().setGraph(graph).build().toByteArray();
    }
}
