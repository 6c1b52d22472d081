package dev.precis.accelerators.run;

import dev.precis.accelerators.compose.Composition;
import dev.precis.workloads.tracegen.DescribedTrace;
import dev.precis.workloads.tracegen.DescriptorDetail;
import dev.precis.workloads.tracegen.DescriptorPass;
import dev.precis.workloads.tracegen.LayerQuantization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layers of one workload described once for several runs ({@code precis compare}): the runs whose quantizer
 * writes no tile field the replay reads get their layers from one {@link DescriptorPass} over the model, which
 * draws each layer's operands once for all of them and runs each distinct quantizer setting once (designs with
 * the same quantizer and settings share the records). A run replays them as it would replay its own. The
 * descriptors hold what a replay reads, each operand's type and bits ({@link DescriptorDetail#FORMATS}): the
 * scales of an operand whose type is fixed at its bits are not searched for.
 */
public final class DescribedWorkloads {
    private static final Logger LOG = LoggerFactory.getLogger(DescribedWorkloads.class);

    private DescribedWorkloads() {
    }

    /**
     * The quantization the run of {@code request} makes its workload with, if its layers can be described in
     * memory: a zoo model or topology (not a trace file) and a quantizer whose tiles the replay does not read.
     * Throws what the run would throw for an unknown quantizer or a bad option.
     */
    public static Optional<LayerQuantization> describable(RunRequest request) {
        if (request.workload() instanceof Workload.TraceFile) return Optional.empty();
        Composition composition = Composition.load(request.accelerator(), request.overrides());
        String quantizer = request.quantizer().orElse(composition.quantizer());
        Map<String, String> options = request.quantizer().isPresent() ? Map.of() : composition.quantizerOptions();
        LayerQuantization q = WorkloadTrace.quantization(quantizer, options);
        return LayerStream.readsAnyOf(q.tileFields()) ? Optional.empty() : Optional.of(q);
    }

    /**
     * One described trace per quantization, in order, of {@code workload} (a zoo model or topology) at
     * {@code batch} from the synthetic operands of {@code seed}, on up to {@code threads} threads. Quantizations
     * with the same name and settings are described once and share the result. {@code progress} gets a line per
     * layer described (one call at a time), also logged at debug level.
     */
    public static List<DescribedTrace> describe(Workload workload, int batch, long seed, List<LayerQuantization> quantizations,
                                                int threads, Consumer<String> progress) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        List<LayerQuantization> prototypes = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (LayerQuantization q : quantizations) {
            String key = q.name() + " " + q.settings();
            Integer i = distinct.get(key);
            if (i == null) {
                i = prototypes.size();
                distinct.put(key, i);
                prototypes.add(q);
            }
            index.add(i);
        }
        List<DescribedTrace> traces = DescriptorPass.describe(WorkloadTrace.model(workload), batch, seed,
                WorkloadTrace.syntheticOperands(seed), prototypes, threads, DescriptorDetail.FORMATS, line -> {
                    LOG.debug(line);
                    progress.accept(line);
                });
        List<DescribedTrace> out = new ArrayList<>();
        for (int i : index) out.add(traces.get(i));
        return out;
    }
}
