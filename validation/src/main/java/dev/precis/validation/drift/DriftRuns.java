package dev.precis.validation.drift;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.validation.papers.ModelLayers;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.tensor.SyntheticTensorConfig;
import dev.precis.workloads.tensor.SyntheticTensorSource;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.tracegen.TraceGenerator;
import dev.precis.workloads.zoo.ModelZoo;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One model on the {@code drift} preset, twice: with its scheduler's {@code drift-packing} policy (Drift) and
 * with {@code static-layer} (the baseline: the same BitFusion sub-arrays running every tile at the layer's static
 * precision), both replaying one trace written as {@code precis trace --quantizer drift --seed 1} writes it.
 *
 * @param tilesByBits the trace's activation tiles per runtime precision
 */
record DriftRuns(String model, Map<Integer, Long> tilesByBits, RunReport drift, RunReport statics) {

    static final String PRESET = "drift";
    static final String BASELINE_POLICY = "static-layer";

    static DriftRuns of(String model, int batch) {
        Path dir;
        try {
            dir = Files.createTempDirectory("precis-validate-drift-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the drift trace: " + e.getMessage(), e);
        }
        try {
            Path trace = dir.resolve(model + ".trace");
            TraceGenerator.generate(ModelZoo.get(model), batch, ModelLayers.SEED,
                    OperandSource.synthetic(new SyntheticTensorSource(ModelLayers.SEED, SyntheticTensorConfig.defaults())),
                    QuantizerRegistry.load().create("drift", Map.of()), trace, line -> { });
            Map<Integer, Long> histogram = histogram(trace);
            RunReport drift = run(trace, batch, Map.of());
            RunReport statics = run(trace, batch, Map.of("scheduler.policy", BASELINE_POLICY));
            if (drift.total().macs() != statics.total().macs()) {
                throw new IllegalStateException(model + ": Drift computed " + drift.total().macs() + " MACs, the baseline "
                        + statics.total().macs());
            }
            return new DriftRuns(model, histogram, drift, statics);
        } catch (IOException e) {
            throw new UncheckedIOException("drift trace of " + model + ": " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static RunReport run(Path trace, int batch, Map<String, String> overrides) {
        return AcceleratorRunner.run(new RunRequest(PRESET, new Workload.TraceFile(trace), batch, Optional.empty(),
                overrides, EngineKind.SEQUENTIAL, ModelLayers.SEED), RunProgress.NONE);
    }

    private static Map<Integer, Long> histogram(Path trace) throws IOException {
        Map<Integer, Long> h = new TreeMap<>();
        for (TraceSummary.LayerSummary layer : TraceSummary.read(trace).layers()) {
            for (OperandTotals t : layer.end().totals()) {
                if (t.role() != TensorRole.INPUT || t.precisionHistogram() == null) {
                    continue;
                }
                long[] counts = t.precisionHistogram();
                for (int bits = 0; bits < counts.length; bits++) {
                    if (counts[bits] > 0) {
                        h.merge(bits, counts[bits], Long::sum);
                    }
                }
            }
        }
        if (h.isEmpty()) {
            throw new IllegalStateException(trace + ": no activation tile precisions in the drift trace");
        }
        return h;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + dir + ": " + e.getMessage(), e);
        }
    }

    long tiles() {
        return tilesByBits.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of the activation tiles at {@code bits}. */
    double share(int bits) {
        return tilesByBits.getOrDefault(bits, 0L) / (double) tiles();
    }

    double speedup() {
        return (double) statics.total().cycles() / drift.total().cycles();
    }

    double energySaving() {
        return statics.total().energyPj().total() / drift.total().energyPj().total();
    }
}
