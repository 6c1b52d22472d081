package dev.precis.workloads.quant;

import dev.precis.workloads.tensor.FloatTensor;

/**
 * A layer as LPQ sees it: its weights and a few calibration rows of its input.
 *
 * @param name layer name (reported back with the chosen parameters)
 * @param weights {@code [N, K]}
 * @param calibration activation rows {@code [S, K]} (calibration samples of the layer input)
 */
public record LpqLayer(String name, FloatTensor weights, FloatTensor calibration) {

    public LpqLayer {
        if (weights.rowLength() != calibration.rowLength()) {
            throw new IllegalArgumentException("LPQ layer " + name + ": weights have K = " + weights.rowLength()
                    + " but calibration rows have K = " + calibration.rowLength());
        }
    }
}
