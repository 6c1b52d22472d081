package dev.precis.workloads.tracegen;

import dev.precis.workloads.operand.ModelOperands;
import dev.precis.workloads.operand.OperandSource;
import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TraceHeader;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Describes a model's layers with several quantizers at once ({@link LayerQuantization#describe}): the in-memory
 * {@link DescribedTrace} of each, with the descriptors {@link TraceGenerator} would write (or, for a replay, the
 * types and bits of {@link DescriptorDetail#FORMATS}) and no tiles. Each
 * layer's operands (or their samples) are drawn once for all the quantizers ({@link SharedLayer}), and layers
 * are described on up to {@code threads} threads: each layer's operands come from its own seed and the
 * quantizers keep no state between layers, so the records do not depend on the thread count. Holds the
 * operands of at most {@code threads} layers at a time.
 */
public final class DescriptorPass {

    private DescriptorPass() {
    }

    /**
     * One described trace per prototype, in the order given, with the descriptors a trace file records ({@link
     * DescriptorDetail#FULL}). {@code source} is called from several threads when {@code threads > 1} (the
     * synthetic source draws each tensor from its own generator).
     */
    public static List<DescribedTrace> describe(Model model, int batch, long seed, OperandSource source,
                                                List<LayerQuantization> prototypes, int threads, Consumer<String> progress) {
        return describe(model, batch, seed, source, prototypes, threads, DescriptorDetail.FULL, progress);
    }

    /** {@link #describe}, the descriptors holding what {@code detail} asks for. */
    public static List<DescribedTrace> describe(Model model, int batch, long seed, OperandSource source,
                                                List<LayerQuantization> prototypes, int threads, DescriptorDetail detail,
                                                Consumer<String> progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        List<Layer> layers = model.layers();
        ModelOperands operands = new ModelOperands(model, batch, seed, source, progress);
        List<LayerQuantization> quantizations = new ArrayList<>();
        for (LayerQuantization p : prototypes) quantizations.add(p.forModel(operands));
        LayerRecord[][] records = new LayerRecord[quantizations.size()][layers.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, layers.size()), r -> {
            Thread t = new Thread(r, "describe-layers");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                int index = i;
                tasks.add(pool.submit(() -> describeLayer(operands, index, quantizations, detail, records, progress)));
            }
            for (Future<?> t : tasks) await(t);
        } finally {
            pool.shutdownNow();
        }
        List<DescribedTrace> traces = new ArrayList<>();
        for (int q = 0; q < quantizations.size(); q++) {
            LayerQuantization z = quantizations.get(q);
            TraceHeader header = new TraceHeader(model.name(), z.name(), z.settings(), z.details(), seed, batch,
                    layers.size(), TraceGenerator.GENERATOR, source.importedOperands(model));
            traces.add(new DescribedTrace(header, List.of(records[q])));
        }
        return traces;
    }

    private static void describeLayer(ModelOperands operands, int index, List<LayerQuantization> quantizations,
                                      DescriptorDetail detail, LayerRecord[][] records, Consumer<String> progress) {
        Layer layer = operands.model().layers().get(index);
        var gemm = layer.gemm(operands.batch());
        SharedLayer shared = new SharedLayer(operands, index, detail);
        for (int q = 0; q < quantizations.size(); q++) {
            QuantizedLayer d = quantizations.get(q).describe(shared);
            records[q][index] = new LayerRecord(index, layer, gemm, d.tensors(), List.of(), d.statistics());
        }
        synchronized (progress) {
            progress.accept(String.format(Locale.ROOT, "described %s (%d of %d) with %d quantizers", layer.name(), index + 1,
                    operands.model().layers().size(), quantizations.size()));
        }
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the layers were described", e);
        }
    }
}
