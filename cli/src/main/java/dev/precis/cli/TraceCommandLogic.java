package dev.precis.cli;

import dev.precis.workloads.operand.NpyOperandSource;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizationRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.tracegen.TraceWriteResult;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * What {@code precis trace --model M --quantizer Q [--param KEY=VALUE ...] [--seed S] [--batch B]
 * [--tensors DIR] --out FILE} does, free of picocli so that tests call it directly: resolve the
 * model, build the quantizer from its options, choose the operand source, generate the trace.
 * Errors: an unknown model, quantizer or quantizer option is an {@link IllegalArgumentException}
 * whose message lists the known names; a bad topology file a {@code TopologyFormatException}; all
 * are printed as one line by {@link UserErrorHandler}.
 */
final class TraceCommandLogic {

    private final QuantizationRegistry registry;

    TraceCommandLogic(QuantizationRegistry registry) {
        this.registry = registry;
    }

    /** With the quantizers registered in workloads ({@code int8, ant, lpq, drift, panacea}). */
    static TraceCommandLogic withBuiltIns() {
        return new TraceCommandLogic(QuantizationRegistry.builtIn());
    }

    QuantizationRegistry registry() {
        return registry;
    }

    /**
     * Takes the operands from the request's tensor directory where present, else generates
     * them synthetically from the seed; quantizes; writes the trace atomically. Progress lines go
     * to {@code progress} (the command prints them on stderr).
     */
    TraceWriteResult write(TraceRequest request, Consumer<String> progress) throws IOException {
        LayerQuantization quantization = registry.create(request.quantizer(), request.quantizerOptions());
        Model model = ModelResolver.resolve(request.model());
        SyntheticTensorSource tensors = new SyntheticTensorSource(request.seed(), SyntheticTensorConfig.defaults());
        OperandSource source = OperandSource.synthetic(tensors);
        NpyOperandSource imported = null;
        if (request.tensorDirectory() != null) {
            imported = new NpyOperandSource(request.tensorDirectory(), source);
            source = imported;
        }
        TraceWriteResult result;
        try {
            result = TraceGenerator.generate(model, request.batch(), request.seed(), source, quantization,
                    request.out(), progress);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (imported != null) {
            progress.accept("imported " + imported.importedCount() + " of " + 2 * model.layers().size()
                    + " operands from " + request.tensorDirectory() + "; the rest are synthetic (seed "
                    + request.seed() + ")");
        }
        return result;
    }
}
