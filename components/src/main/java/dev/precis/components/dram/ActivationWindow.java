package dev.precis.components.dram;

/**
 * A rolling-window constraint: at most {@code maxActivates} ACTIVATE commands per rank in any
 * {@code window} cycles (tFAW: four activates). Declared as data beside the pairwise table.
 */
record ActivationWindow(int maxActivates, LatencyExpression window) {

    public ActivationWindow {
        if (maxActivates < 1) {
            throw new IllegalArgumentException("activation window needs maxActivates >= 1, got " + maxActivates);
        }
    }

    public static ActivationWindow of(int maxActivates, String window) {
        return new ActivationWindow(maxActivates, LatencyExpression.parse(window));
    }
}
