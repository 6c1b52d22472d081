package dev.precis.validation.drift;

import dev.precis.accelerators.run.RunReport;
import dev.precis.validation.papers.PresetTrace;
import dev.precis.workloads.trace.OperandTotals;
import dev.precis.workloads.trace.TraceSummary;
import dev.precis.workloads.zoo.TensorRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
        try (PresetTrace trace = PresetTrace.write(model, batch, "drift", Map.of())) {
            Map<Integer, Long> histogram = histogram(trace.path());
            RunReport drift = trace.run(PRESET, Map.of());
            RunReport statics = trace.run(PRESET, Map.of("scheduler.policy", BASELINE_POLICY));
            if (drift.total().macs() != statics.total().macs()) {
                throw new IllegalStateException(model + ": Drift computed " + drift.total().macs() + " MACs, the baseline "
                        + statics.total().macs());
            }
            return new DriftRuns(model, histogram, drift, statics);
        } catch (IOException e) {
            throw new UncheckedIOException("drift trace of " + model + ": " + e.getMessage(), e);
        }
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
