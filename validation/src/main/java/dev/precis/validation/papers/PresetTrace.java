package dev.precis.validation.papers;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.ModelZoo;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A trace written as {@code precis trace --model M --quantizer Q --param ... --seed 1} writes it, in a temporary
 * folder removed on {@link #close}, and runs of presets on it through the accelerator run API: designs compared
 * on one trace see exactly the same layers and tiles, and the experiment can read the trace's statistics.
 */
public final class PresetTrace implements Closeable {

    /** The seed of every paper experiment's operands and runs (as {@code precis trace --seed 1}). */
    public static final long SEED = 1;

    private final Path dir;
    private final Path trace;
    private final int batch;

    private PresetTrace(Path dir, Path trace, int batch) {
        this.dir = dir;
        this.trace = trace;
        this.batch = batch;
    }

    public static PresetTrace write(String model, int batch, String quantizer, Map<String, String> options) {
        Path dir;
        try {
            dir = Files.createTempDirectory("precis-validate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for a trace: " + e.getMessage(), e);
        }
        Path trace = dir.resolve(model + "." + quantizer + ".trace");
        try {
            TraceGenerator.generate(ModelZoo.get(model), batch, PresetTrace.SEED,
                    OperandSource.synthetic(new SyntheticTensorSource(PresetTrace.SEED, SyntheticTensorConfig.defaults())),
                    QuantizerRegistry.load().create(quantizer, options), trace, line -> { });
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e instanceof IOException io ? new UncheckedIOException(model + " " + quantizer + " trace: "
                    + io.getMessage(), io) : (RuntimeException) e;
        }
        return new PresetTrace(dir, trace, batch);
    }

    public Path path() {
        return trace;
    }

    /** Runs {@code preset} (with {@code overrides}, as {@code --set}) on this trace, sequential engine, seed 1. */
    public RunReport run(String preset, Map<String, String> overrides) {
        return AcceleratorRunner.run(new RunRequest(preset, new Workload.TraceFile(trace), batch, Optional.empty(),
                overrides, EngineKind.SEQUENTIAL, PresetTrace.SEED), RunProgress.NONE);
    }

    /** Runs {@code preset} on a zoo model with the quantizer and options the preset names (its own trace). */
    public static RunReport runOwnTrace(String preset, String model, int batch) {
        return AcceleratorRunner.run(new RunRequest(preset, new Workload.Model(model), batch, Optional.empty(),
                Map.of(), EngineKind.SEQUENTIAL, PresetTrace.SEED), RunProgress.NONE);
    }

    @Override
    public void close() {
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
