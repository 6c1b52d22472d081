package dev.precis.cli;

import dev.precis.workloads.operand.NpyOperandSource;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.OperandRef;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.tracegen.TraceWriteResult;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelResolver;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@code precis trace --model M --quantizer Q [--param KEY=VALUE ...] [--seed S] [--batch B]
 * [--tensors DIR [--allow-partial-tensors]] --out FILE} does, free of picocli so that tests call
 * it directly: resolve the model, build the quantizer from its options, choose the operand source,
 * generate the trace.
 * Errors: an unknown model, quantizer or quantizer option is an {@link IllegalArgumentException}
 * whose message lists the known names; a bad topology file a {@code TopologyFormatException}; all
 * are printed as one line by {@link UserErrorHandler}.
 */
final class TraceCommandLogic {

    private final QuantizerRegistry registry;

    TraceCommandLogic(QuantizerRegistry registry) {
        this.registry = registry;
    }

    /** With the quantizers registered in workloads ({@code int8, ant, lpq, drift, panacea}). */
    static TraceCommandLogic withBuiltIns() {
        return new TraceCommandLogic(QuantizerRegistry.load());
    }

    QuantizerRegistry registry() {
        return registry;
    }

    /**
     * Takes the operands from the request's tensor directory, or generates them synthetically from
     * the seed; quantizes; writes the trace atomically. Progress lines go to {@code progress} (the
     * command prints them on stderr).
     *
     * @throws IllegalArgumentException if the tensor directory is missing, supplies none of the
     *     model's operands, or only some of them without {@link TraceRequest#allowPartialTensors()}
     */
    TraceWriteResult write(TraceRequest request, Consumer<String> progress) throws IOException {
        LayerQuantization quantization = registry.create(request.quantizer(), request.quantizerOptions());
        Model model = ModelResolver.resolve(request.model());
        SyntheticTensorSource tensors = new SyntheticTensorSource(request.seed(), SyntheticTensorConfig.defaults());
        OperandSource source = OperandSource.synthetic(tensors);
        List<OperandRef> imported = List.of();
        if (request.tensorDirectory() != null) {
            NpyOperandSource npy = npySource(request, model, source);
            imported = npy.importedOperands(model);
            source = npy;
        }
        TraceWriteResult result;
        try {
            result = TraceGenerator.generate(model, request.batch(), request.seed(), source, quantization,
                    request.out(), progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (request.tensorDirectory() != null) {
            progress.accept("imported " + imported.size() + " of " + operandCount(model) + " operands from "
                    + request.tensorDirectory() + "; the rest are synthetic (seed " + request.seed() + ")");
        }
        return result;
    }

    /** The request's tensor directory as a source, checked to supply every operand (or some, if allowed). */
    private static NpyOperandSource npySource(TraceRequest request, Model model, OperandSource fallback) {
        Path dir = request.tensorDirectory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--tensors " + dir + ": " + (Files.exists(dir) ? "not a directory"
                    : "no such directory"));
        }
        NpyOperandSource npy = new NpyOperandSource(dir, fallback);
        List<OperandRef> found = npy.importedOperands(model);
        int total = operandCount(model);
        Layer first = model.layers().get(0);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--tensors " + dir + " holds none of the " + total + " operands of "
                    + model.name() + " (expected files such as " + NpyOperandSource.fileName(first, TensorRole.INPUT)
                    + " and " + NpyOperandSource.fileName(first, first.operandBRole()) + ")");
        }
        if (found.size() < total && !request.allowPartialTensors()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < model.layers().size(); i++) {
                Layer layer = model.layers().get(i);
                for (TensorRole role : List.of(TensorRole.INPUT, layer.operandBRole())) {
                    if (!found.contains(new OperandRef(i, role))) {
                        missing.add(NpyOperandSource.fileName(layer, role));
                    }
                }
            }
            throw new IllegalArgumentException("--tensors " + dir + " holds " + found.size() + " of the " + total
                    + " operands of " + model.name() + "; missing " + String.join(", ", missing.subList(0,
                    Math.min(3, missing.size()))) + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "")
                    + "; pass --allow-partial-tensors to take those from the synthetic source (seed "
                    + request.seed() + ")");
        }
        return npy;
    }

    private static int operandCount(Model model) {
        return 2 * model.layers().size();
    }
}
