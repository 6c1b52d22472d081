package dev.precis.accelerators.mapping;

/**
 * A tiled loop of a layer, as the ANT artifact's mapper tiles it (optimizer.py): batch, output width,
 * output height, input channels, output channels. The kernel window is never tiled.
 */
public enum LoopDim {
    B(true, false, true),
    OW(true, false, true),
    OH(true, false, true),
    IC(true, true, false),
    OC(false, true, true);

    private final boolean inputs;
    private final boolean weights;
    private final boolean outputs;

    LoopDim(boolean inputs, boolean weights, boolean outputs) {
        this.inputs = inputs;
        this.weights = weights;
        this.outputs = outputs;
    }

    /**
     * Whether stepping this loop moves to another tile of {@code operand} (optimizer.py {@code tile_deps}):
     * inputs depend on B, OW, OH, IC; weights on IC, OC; outputs on B, OW, OH, OC (IC is their reduction).
     */
    public boolean indexes(Operand operand) {
        return switch (operand) {
            case INPUTS -> inputs;
            case WEIGHTS -> weights;
            case OUTPUTS -> outputs;
        };
    }

    private static final LoopDim[] VALUES = values();

    static LoopDim of(int ordinal) {
        return VALUES[ordinal];
    }
}
