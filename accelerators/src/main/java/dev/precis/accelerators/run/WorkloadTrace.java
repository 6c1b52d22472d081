package dev.precis.accelerators.run;

import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.tracegen.DescribedTrace;
import dev.precis.workloads.tracegen.DescriptorDetail;
import dev.precis.workloads.tracegen.DescriptorPass;
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
 * The trace a run replays: the given trace file, or one made from a zoo model or a SCALE-Sim topology with the
 * accelerator's quantizer, synthetic tensors seeded by the run's seed. A quantizer whose tiles carry no field the
 * replay reads (ANT, int8, LPQ: nonzero counts only) has its layers described in memory without tiles
 * ({@link DescriptorPass}: the same descriptors, so the same replay, without encoding every value); the others'
 * traces are written into a temporary directory (removed on {@link #close}).
 */
final class WorkloadTrace implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkloadTrace.class);

    private final Path path;
    private final Path temporaryDirectory;
    private final DescribedTrace described;

    private WorkloadTrace(Path path, Path temporaryDirectory, DescribedTrace described) {
        this.path = path;
        this.temporaryDirectory = temporaryDirectory;
        this.described = described;
    }

    /** Layers already described in memory (shared by several runs, {@link DescribedWorkloads}). */
    static WorkloadTrace described(DescribedTrace trace) {
        return new WorkloadTrace(null, null, trace);
    }

    static WorkloadTrace of(Workload workload, int batch, String quantizer, java.util.Map<String, String> options, long seed) {
        if (workload instanceof Workload.TraceFile t) return given(t.path(), batch);
        return generated(model(workload), batch, quantizer, options, seed);
    }

    /** The model of a zoo or topology workload (a trace file has none: it is replayed as it is). */
    static Model model(Workload workload) {
        if (workload instanceof Workload.Model m) {
            if (!ModelZoo.names().contains(m.name())) {
                throw new IllegalArgumentException("--model: unknown model '" + m.name() + "'"
                        + dev.precis.tlm.describe.NameSuggestions.didYouMean(m.name(), ModelZoo.names())
                        + " (zoo: " + String.join(", ", ModelZoo.names()) + "; a SCALE-Sim CSV goes with --topology)");
            }
            return ModelZoo.get(m.name());
        }
        Workload.Topology t = (Workload.Topology) workload; // Workload is sealed: model, trace or topology
        if (!Files.isRegularFile(t.csv())) throw new IllegalArgumentException("--topology: no such file: " + t.csv());
        try {
            return ScaleSimTopologyReader.read(t.csv());
        } catch (IOException e) {
            throw new UncheckedIOException(t.csv() + ": " + e.getMessage(), e);
        }
    }

    /** The quantizer {@code quantizer} with {@code options}, or the error naming what is wrong. */
    static LayerQuantization quantization(String quantizer, java.util.Map<String, String> options) {
        QuantizerRegistry registry = QuantizerRegistry.load();
        if (!registry.contains(quantizer)) {
            throw new IllegalArgumentException("--quantizer: unknown quantizer '" + quantizer + "' (" + String.join(", ", registry.names()) + ")");
        }
        try {
            return registry.create(quantizer, options);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quantizer " + quantizer + " " + options + ": " + e.getMessage(), e);
        }
    }

    /** The synthetic operands of every generated workload, seeded by the run's seed. */
    static OperandSource syntheticOperands(long seed) {
        return OperandSource.synthetic(new SyntheticTensorSource(seed, SyntheticTensorConfig.defaults()));
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
        return new WorkloadTrace(file, null, null);
    }

    private static WorkloadTrace generated(Model model, int batch, String quantizer, java.util.Map<String, String> options, long seed) {
        LayerQuantization quantization = quantization(quantizer, options);
        if (!LayerStream.readsAnyOf(quantization.tileFields())) {
            // the replay reads each operand's type and bits, never a scale
            return described(DescriptorPass.describe(model, batch, seed, syntheticOperands(seed), java.util.List.of(quantization),
                    Runtime.getRuntime().availableProcessors(), DescriptorDetail.FORMATS, LOG::debug).get(0));
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("precis-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the trace: " + e.getMessage(), e);
        }
        Path out = dir.resolve(model.name() + ".trace");
        WorkloadTrace trace = new WorkloadTrace(out, dir, null);
        try {
            TraceGenerator.generate(model, batch, seed, syntheticOperands(seed), quantization, out, LOG::debug);
            return trace;
        } catch (IOException e) {
            trace.close();
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (RuntimeException e) {
            trace.close();
            throw e;
        }
    }

    /** The layers, from the start. */
    LayerStream layers() {
        return described != null ? LayerStream.of(described) : LayerStream.open(path);
    }

    /** What messages name: the trace file or the described model. */
    String label() {
        return described != null ? described.header().model() : path.toString();
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
