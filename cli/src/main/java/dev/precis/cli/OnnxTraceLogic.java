package dev.precis.cli;

import dev.precis.workloads.onnx.ActivationCapture;
import dev.precis.workloads.onnx.CapturedActivations;
import dev.precis.workloads.onnx.ImportedModel;
import dev.precis.workloads.onnx.ModelInputs;
import dev.precis.workloads.onnx.OnnxImporter;
import dev.precis.workloads.onnx.OnnxOperandSource;
import dev.precis.workloads.onnx.ShippedModel;
import dev.precis.workloads.onnx.ShippedModels;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.tracegen.TraceWriteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What {@code precis trace --onnx MODEL [--inputs N | --input-npy FILE] [--input-shape D,..]
 * [--synthetic-operands] --quantizer Q --out FILE} does, free of picocli: import the model, run it with
 * ONNX Runtime on the inputs capturing every activation, and quantize the layers' real operands (weights
 * from the model, activations from the run) into a trace whose batch is the number of inputs. With
 * {@code --synthetic-operands} the model gives only the layer shapes and every operand is drawn from
 * the seed, as for a zoo model: the baseline that real tensors are compared against.
 */
final class OnnxTraceLogic {

    /** Heap per captured activation value: the float, and the capture's per-sample output buffer. */
    private static final long CAPTURE_BYTES_PER_VALUE = 8;

    private final QuantizerRegistry registry;

    OnnxTraceLogic(QuantizerRegistry registry) {
        this.registry = registry;
    }

    TraceWriteResult write(OnnxTraceRequest request, Consumer<String> progress) throws IOException {
        LayerQuantization quantization = registry.create(request.quantizer(), request.quantizerOptions());
        OnnxSource from = request.source();
        ImportedModel model = importModel(from.onnx(), from.inputShape());
        OperandSource source;
        int batch;
        if (from.syntheticOperands()) {
            batch = from.inputs() == null ? 1 : from.inputs();
            TraceSizeLimits.check(model.model(), "--onnx " + from.onnx(), "--inputs " + batch, request.quantizer(),
                    batch);
            source = OperandSource.synthetic(new SyntheticTensorSource(from.seed(), SyntheticTensorConfig.defaults()));
            progress.accept(String.format(Locale.ROOT, "%s: %d layers; every operand synthetic (seed %d), batch %d",
                    model.source(), model.model().layers().size(), from.seed(), batch));
        } else {
            ModelInputs inputs = from.inputNpy() != null
                    ? ModelInputs.fromNpy(InputFiles.requireFile(from.inputNpy()), model)
                    : ModelInputs.synthetic(model, from.inputs() == null ? 1 : from.inputs(), from.seed());
            batch = inputs.count();
            String batchOption = from.inputNpy() != null ? "--input-npy " + from.inputNpy() : "--inputs " + batch;
            TraceSizeLimits.check(model.model(), "--onnx " + from.onnx(), batchOption, request.quantizer(), batch);
            checkCaptureFits(model, inputs, batchOption);
            CapturedActivations captured = ActivationCapture.run(model, inputs);
            progress.accept(String.format(Locale.ROOT, "%s: ran %s with ONNX Runtime, captured %d activations; "
                    + "operands: weights from the model, activations from the run", model.source(), inputs.description(),
                    captured.names().size()));
            source = new OnnxOperandSource(model, captured, inputs.real());
        }
        try {
            return TraceGenerator.generate(model.model(), batch, from.seed(), source, quantization, request.out(),
                    progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A shipped model by name, else the file. */
    static ImportedModel importModel(String spec, int[] inputShape) throws IOException {
        Optional<ShippedModel> shipped = ShippedModels.named(spec);
        if (shipped.isPresent()) {
            return ShippedModels.importModel(shipped.get(), inputShape);
        }
        Path file = Path.of(spec);
        if (!java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException("--onnx " + spec + ": no such file, nor a shipped model ("
                    + ShippedModels.all().stream().map(ShippedModel::name).collect(Collectors.joining(", ")) + ")");
        }
        return OnnxImporter.read(InputFiles.requireFile(file), inputShape);
    }

    /** Every activation of every sample is held at once (the quantizers take a layer's operands whole). */
    private static void checkCaptureFits(ImportedModel model, ModelInputs inputs, String batchOption) {
        long values = MemoryBudget.multiply(batchOption, model.activationValuesPerSample(), inputs.count());
        MemoryBudget.require(String.format(Locale.ROOT, "%s (%,d activation values captured from %s)", batchOption, values,
                model.source()), MemoryBudget.multiply(batchOption, values, CAPTURE_BYTES_PER_VALUE));
    }
}
