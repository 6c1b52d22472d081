package dev.precis.accelerators.mapping;

import java.util.List;

/**
 * A whole model mapped on one design: every layer's result, the summed event counts and the energy parts
 * computed from the sums (as the ANT artifact does after summing its per-layer sweep).
 *
 * @param precisionSwitchCycles cycles the array spent reconfiguring between layers of different precision
 *                              ({@code BitBrickArray#precisionSwitchCycles}), counted in {@code total} as stall
 *                              cycles; 0 for the ANT presets, as in the artifact
 */
public record ModelResult(String model, String design, int batch, List<LayerResult> layers, long precisionSwitchCycles,
                          LayerStats total, EnergyBreakdown energy) {

    public ModelResult {
        layers = List.copyOf(layers);
    }
}
