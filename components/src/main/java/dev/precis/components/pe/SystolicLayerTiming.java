package dev.precis.components.pe;

/**
 * One GEMM's timing on a systolic array: {@code rowFolds x colFolds} folds of {@code foldCycles} each.
 *
 * @param mapping    the operand mapping of the dataflow
 * @param rows       array rows
 * @param cols       array columns
 * @param rowFolds   folds along the array rows, {@code ceil(Sr / rows)}
 * @param colFolds   folds along the array columns, {@code ceil(Sc / cols)}
 * @param foldCycles fill + steady + drain of one fold (the same for every fold)
 * @param macs       multiply-accumulates of the GEMM
 */
public record SystolicLayerTiming(OperandMapping mapping, int rows, int cols, long rowFolds, long colFolds,
                                  long foldCycles, long macs) {

    public long folds() {
        return Math.multiplyExact(rowFolds, colFolds);
    }

    /** Cycles from the first operand entering to the last result leaving, both counted. */
    public long cycles() {
        return Math.multiplyExact(folds(), foldCycles);
    }

    /**
     * The 0-based index of the last cycle, {@code cycles() - 1}: what SCALE-Sim v2 reports as a layer's
     * "Total Cycles" (double_buffered_scratchpad_mem.py takes the cycle stamp of the last output row).
     */
    public long lastCycleIndex() {
        return cycles() - 1;
    }

    /** Mean over folds of the fraction of PEs holding real data; equals {@code Sr Sc / (folds rows cols)}. */
    public double mappingEfficiency() {
        return (double) mapping.spatialRows() * mapping.spatialCols()
                / ((double) folds() * rows * cols);
    }

    /**
     * Mean over folds of (MACs of the fold) / (PEs x fold cycles), SCALE-Sim's "Compute Util" averaging.
     * For output stationary this equals SCALE-Sim's column; for weight and input stationary SCALE-Sim
     * divides by {@code cols - 1} cycles more per fold than it times the fold with (it takes the
     * filter/ifmap demand matrix's rows + cols - 1, as if that matrix were skewed), so its column is lower
     * than this value, which uses the fold's own cycles.
     */
    public double meanFoldComputeUtilisation() {
        return mappingEfficiency() * mapping.temporal() / foldCycles;
    }

    /** MACs / (PEs x cycles). */
    public double utilisation() {
        return macs / ((double) cycles() * rows * cols);
    }
}
