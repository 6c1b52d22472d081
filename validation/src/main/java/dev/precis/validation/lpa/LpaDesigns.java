package dev.precis.validation.lpa;

import dev.precis.accelerators.run.RunReport;
import dev.precis.validation.papers.PresetTrace;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TensorDescriptor;
import dev.precis.workloads.trace.TraceReader;
import dev.precis.workloads.trace.TraceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The three designs of the LPA comparison as presets of the accelerator run API: {@code lpa} (32 x 32
 * logarithmic-posit PEs, each layer at the LP type lpq chose) on an lpq trace, and {@code ant} and
 * {@code adafloat} (the ANT artifact's configurations) on the traces they generate with their own quantizer.
 */
final class LpaDesigns {

    /** A metric of a run: MACs per pJ of its total energy. */
    static double energyEfficiency(RunReport r) {
        return r.total().macs() / r.total().energyPj().total();
    }

    /** LPA's run and its MACs by LP word size (the wider of a layer's two words). */
    record LpaRun(RunReport run, Map<Integer, Long> macsByWordBits) {
        double share(IntPredicate bits) {
            long total = macsByWordBits.values().stream().mapToLong(Long::longValue).sum();
            return macsByWordBits.entrySet().stream().filter(e -> bits.test(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum() / (double) total;
        }
    }

    private LpaDesigns() {
    }

    static LpaRun lpa(String model, int batch) {
        try (PresetTrace trace = PresetTrace.write(model, batch, "lpq", Map.of())) {
            return new LpaRun(trace.run("lpa", Map.of()), wordSizes(trace.path()));
        }
    }

    static RunReport ant(String model, int batch) {
        return PresetTrace.runOwnTrace("ant", model, batch);
    }

    static RunReport adaFloat(String model, int batch) {
        return PresetTrace.runOwnTrace("adafloat", model, batch);
    }

    private static Map<Integer, Long> wordSizes(Path trace) {
        Map<Integer, Long> byBits = new TreeMap<>();
        try (TraceReader r = TraceReader.open(trace)) {
            for (TraceRecord rec = r.next(); rec != null; rec = r.next()) {
                if (rec instanceof LayerRecord layer) {
                    int bits = layer.tensors().stream().mapToInt(TensorDescriptor::bits).max().orElseThrow();
                    byBits.merge(bits, layer.gemm().macs(), Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(trace + ": " + e.getMessage(), e);
        }
        return byBits;
    }
}
