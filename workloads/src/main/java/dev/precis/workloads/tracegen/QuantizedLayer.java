package dev.precis.workloads.tracegen;

import dev.precis.workloads.trace.TensorDescriptor;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A quantizer's result for one layer: numeric descriptors of the operands, per-tile
 * statistics of the tiled operands, and named per-layer statistics (prefix them with the
 * quantizer name, e.g. {@code panacea.compensation}).
 */
public record QuantizedLayer(List<TensorDescriptor> tensors, List<OperandTiles> tiles,
                             SortedMap<String, Double> statistics) {

    public QuantizedLayer {
        tensors = List.copyOf(tensors);
        tiles = List.copyOf(tiles);
        statistics = new TreeMap<>(statistics);
    }
}
