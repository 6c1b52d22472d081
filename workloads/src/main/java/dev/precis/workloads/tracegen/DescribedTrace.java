package dev.precis.workloads.tracegen;

import dev.precis.workloads.trace.LayerRecord;
import dev.precis.workloads.trace.TraceHeader;
import java.util.List;

/**
 * A trace without tile records, held in memory ({@link DescriptorPass}): the header a trace file of the same
 * quantizer would have and one layer record per layer with the descriptors and per-layer statistics and no
 * tilings. A few hundred bytes per layer, whatever the batch.
 */
public record DescribedTrace(TraceHeader header, List<LayerRecord> layers) {

    public DescribedTrace {
        layers = List.copyOf(layers);
        if (layers.size() != header.layerCount()) {
            throw new IllegalArgumentException("described trace: the header announces " + header.layerCount()
                    + " layers but " + layers.size() + " were given");
        }
    }
}
