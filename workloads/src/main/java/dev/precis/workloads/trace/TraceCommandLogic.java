package dev.precis.workloads.trace;

import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.zoo.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The logic behind the CLI's {@code trace} commands, free of any CLI library:
 * <ul>
 *   <li>{@code precis trace --model M --quantizer Q [--param KEY=VALUE ...] [--seed S] [--batch B]
 *       --out FILE} calls {@link #write(TraceRequest, Consumer)} (the params as
 *       {@link TraceRequest#quantizerOptions()}) with a consumer that prints each progress line
 *       to stderr;</li>
 *   <li>{@code precis trace inspect FILE [--format json]} calls
 *       {@link #inspect(Path, InspectFormat)} and prints the returned text to stdout.</li>
 * </ul>
 * Errors: an unknown model, quantizer or quantizer option is an {@link IllegalArgumentException}
 * whose message lists the known names; a bad topology file a {@code TopologyFormatException};
 * a bad trace a {@link TraceFormatException} (file, record, field). All are meant to be
 * printed as one line and end the command with a non-zero status.
 */
public final class TraceCommandLogic {

    private final QuantizationRegistry registry;

    public TraceCommandLogic(QuantizationRegistry registry) {
        this.registry = registry;
    }

    /** With the quantizers of this module's trace package ({@code int8, ant, lpq, drift, panacea}). */
    public static TraceCommandLogic withBuiltIns() {
        return new TraceCommandLogic(QuantizationRegistry.builtIn());
    }

    public QuantizationRegistry registry() {
        return registry;
    }

    /**
     * Takes the operands from the request's tensor directory where present, else generates
     * them synthetically from the seed; quantizes; writes the trace atomically.
     */
    public TraceWriteResult write(TraceRequest request, Consumer<String> progress) throws IOException {
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
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (imported != null) {
            progress.accept("imported " + imported.importedCount() + " of " + 2 * model.layers().size()
                    + " operands from " + request.tensorDirectory() + "; the rest are synthetic (seed "
                    + request.seed() + ")");
        }
        return result;
    }

    /** Validates the whole trace and renders per-layer shapes, types, precision histograms and slice statistics. */
    public String inspect(Path file, InspectFormat format) throws IOException {
        TraceSummary summary = TraceSummary.read(file);
        return format == InspectFormat.JSON ? TraceJsonReport.render(summary) : TraceTextReport.render(summary);
    }
}
