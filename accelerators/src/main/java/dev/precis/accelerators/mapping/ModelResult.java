package dev.precis.accelerators.mapping;

import java.util.List;

/**
 * A whole model mapped on one design: every layer's result, the summed event counts and the energy parts
 * computed from the sums (as the ANT artifact does after summing its per-layer sweep).
 */
public record ModelResult(String model, String design, int batch, List<LayerResult> layers, LayerStats total,
                          EnergyBreakdown energy) {

    public ModelResult {
        layers = List.copyOf(layers);
    }
}
