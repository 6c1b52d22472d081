package dev.precis.components.pe;

/**
 * The timing of one fold (one array-sized tile of the operand mapping) on a systolic array.
 *
 * @param fillCycles   cycles before the first result can leave: the skew of operands across the array
 *                     (rows - 1), plus, for weight/input stationary, the rows cycles that preload the
 *                     stationary operand
 * @param steadyCycles cycles in which the temporal dimension streams through (T)
 * @param drainCycles  cycles for the last results to leave the array (cols - 1)
 * @param rowsUsed     array rows holding real data in this fold
 * @param colsUsed     array columns holding real data in this fold
 */
public record FoldTiming(long fillCycles, long steadyCycles, long drainCycles, int rowsUsed, int colsUsed) {

    public long totalCycles() {
        return fillCycles + steadyCycles + drainCycles;
    }

    /** MACs this fold performs: every used PE once per temporal step. */
    public long macs() {
        return (long) rowsUsed * colsUsed * steadyCycles;
    }
}
