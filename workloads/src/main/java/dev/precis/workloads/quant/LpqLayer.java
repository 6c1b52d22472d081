package dev.precis.workloads.quant;

/**
 * A layer as LPQ sees it: its weights and a few calibration rows of its input.
 *
 * @param name layer name (reported back with the chosen parameters)
 * @param weights {@code [N, K]}
 * @param calibration activation rows {@code [S, K]} (calibration samples of the layer input)
 */
public record LpqLayer(String name, TensorData weights, TensorData calibration) {

    public LpqLayer {
        if (weights.rowLength() != calibration.rowLength()) {
            throw new IllegalArgumentException("LPQ layer " + name + ": weights have K = " + weights.rowLength()
                    + " but calibration rows have K = " + calibration.rowLength());
        }
    }
}
