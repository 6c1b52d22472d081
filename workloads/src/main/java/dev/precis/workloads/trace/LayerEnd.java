package dev.precis.workloads.trace;

import java.util.List;

/** Closes a layer: per tiled operand, the totals of its tiles (in the order of the layer's tilings). */
public record LayerEnd(int layerIndex, List<OperandTotals> totals) implements TraceRecord {

    public LayerEnd {
        totals = List.copyOf(totals);
    }
}
