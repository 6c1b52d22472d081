package dev.precis.accelerators.replay;

/**
 * Turns a layer into the controller's phases for one array and memory: the ANT artifact's mapper over a
 * bit-brick array ({@link MapperPlanner}) or a systolic array's layer GEMM ({@link SystolicPlanner}).
 * A planner holds no per-run state; the controller calls it once per layer.
 */
public interface LayerPlanner {

    LayerPlan plan(ReplayLayer layer);

    /** The array's peak multiply-accumulates per cycle at the layer's precision (for utilisation). */
    long peakMacsPerCycle(ReplayLayer layer);

    /**
     * Throws {@link IllegalArgumentException} naming the layer if no tile of it can ever fit the buffers; checked
     * for every layer before any layer runs.
     */
    void checkFits(ReplayLayer layer);
}
