package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.GemmShape;
import dev.precis.workloads.zoo.Layer;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One layer: its shape (the zoo layer), its GEMM at the trace's batch, the numeric format
 * of each operand, the tilings whose tile blocks follow, and named per-layer statistics of
 * the quantizer (e.g. {@code panacea.compensation}, sorted by name).
 */
public record LayerRecord(int layerIndex, Layer layer, GemmShape gemm, List<TensorDescriptor> tensors,
                          List<OperandTiling> tilings, SortedMap<String, Double> statistics) implements TraceRecord {

    public LayerRecord {
        tensors = List.copyOf(tensors);
        tilings = List.copyOf(tilings);
        statistics = Collections.unmodifiableSortedMap(new TreeMap<>(statistics));
    }
}
