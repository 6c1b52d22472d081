package dev.precis.accelerators.run;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.tracegen.LayerQuantization;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import dev.precis.workloads.zoo.ScaleSimTopologyReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trace a run replays: the given trace file, or one generated into a temporary directory (removed on
 * {@link #close}) from a zoo model or a SCALE-Sim topology with the accelerator's quantizer, synthetic tensors
 * seeded by the run's seed.
 */
final class WorkloadTrace implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadTrace.class);

    private final Path path;
    private final Path temporaryDirectory;

    private WorkloadTrace(Path path, Path temporaryDirectory) {
        this.path = path;
        this.temporaryDirectory = temporaryDirectory;
    }

    static WorkloadTrace of(Workload workload, int batch, String quantizer, java.util.Map<String, String> options, long seed) {
        if (workload instanceof Workload.TraceFile t) return given(t.path(), batch);
        if (workload instanceof Workload.Model m) {
            if (!ModelZoo.names().contains(m.name())) {
                throw new IllegalArgumentException("--model: unknown model '" + m.name() + "'"
                        + dev.precis.tlm.describe.NameSuggestions.didYouMean(m.name(), ModelZoo.names())
                        + " (zoo: " + String.join(", ", ModelZoo.names()) + "; a SCALE-Sim CSV goes with --topology)");
            }
            return generated(ModelZoo.get(m.name()), batch, quantizer, options, seed);
        }
        Workload.Topology t = (Workload.Topology) workload; // Workload is sealed: model, trace or topology
        if (!Files.isRegularFile(t.csv())) throw new IllegalArgumentException("--topology: no such file: " + t.csv());
        try {
            return generated(ScaleSimTopologyReader.read(t.csv()), batch, quantizer, options, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(t.csv() + ": " + e.getMessage(), e);
        }
    }

    private static WorkloadTrace given(Path file, int batch) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("--trace: no such file: " + file);
        try (TraceReader r = TraceReader.open(file)) {
            int traceBatch = r.header().batch();
            if (batch != 1 && batch != traceBatch) {
                throw new IllegalArgumentException("--batch " + batch + " differs from the trace's batch " + traceBatch
                        + " (" + file + "); a trace is replayed at the batch it was made with");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return new WorkloadTrace(file, null);
    }

    private static WorkloadTrace generated(Model model, int batch, String quantizer, java.util.Map<String, String> options, long seed) {
        QuantizerRegistry registry = QuantizerRegistry.load();
        if (!registry.contains(quantizer)) {
            throw new IllegalArgumentException("--quantizer: unknown quantizer '" + quantizer + "' (" + String.join(", ", registry.names()) + ")");
        }
        LayerQuantization quantization;
        try {
            quantization = registry.create(quantizer, options);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quantizer " + quantizer + " " + options + ": " + e.getMessage(), e);
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("precis-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the trace: " + e.getMessage(), e);
        }
        Path out = dir.resolve(model.name() + ".trace");
        WorkloadTrace trace = new WorkloadTrace(out, dir);
        try {
            OperandSource source = OperandSource.synthetic(new SyntheticTensorSource(seed, SyntheticTensorConfig.defaults()));
            TraceGenerator.generate(model, batch, seed, source, quantization, out, LOG::debug);
            return trace;
        } catch (IOException e) {
            trace.close();
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (RuntimeException e) {
            trace.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        if (temporaryDirectory == null) return;
        try (Stream<Path> files = Files.list(temporaryDirectory)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(temporaryDirectory);
        } catch (IOException e) {
            LOG.warn("could not remove the temporary trace directory {}: {}", temporaryDirectory, e.getMessage());
        }
    }
}
