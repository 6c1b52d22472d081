package dev.precis.components.pe;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A rows x cols systolic array of MAC units, timed fold by fold as SCALE-Sim v2 does
 * (scalesim-project/scale-sim-v2, scalesim/compute/systolic_compute_{os,ws,is}.py).
 *
 * <p>The operand mapping ({@link OperandMapping}) is cut into {@code ceil(Sr/rows) x ceil(Sc/cols)}
 * folds, column folds outer. Every fold occupies the whole array for the same time, partial folds
 * included (the unused PEs idle, as SCALE-Sim pads them with null requests), and folds run one after
 * the other: a fold's results drain before the next fold starts (SCALE-Sim's "inter-fold gap").
 * One fold takes
 * <ul>
 *   <li>output stationary: fill {@code rows - 1} (operands enter skewed by one cycle per row),
 *       steady {@code T = K}, drain {@code cols - 1} (results leave across the columns):
 *       {@code K + rows + cols - 2};</li>
 *   <li>weight / input stationary: fill {@code 2 rows - 1} (rows cycles to preload the stationary
 *       operand, then the skew), steady {@code T} ({@code M} resp. {@code N}), drain {@code cols - 1}:
 *       {@code T + 2 rows + cols - 2}.</li>
 * </ul>
 * Memory never stalls this model (SCALE-Sim's CALC interface bandwidth mode).
 */
public record SystolicArray(int rows, int cols) {

    public SystolicArray {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("systolic array needs positive rows and cols, got " + rows + "x" + cols);
        }
    }

    public long processingElements() {
        return (long) rows * cols;
    }

    public long rowFolds(OperandMapping mapping) {
        return ceilDiv(mapping.spatialRows(), rows);
    }

    public long colFolds(OperandMapping mapping) {
        return ceilDiv(mapping.spatialCols(), cols);
    }

    /** Fill cycles of every fold of this dataflow. */
    public long fillCycles(Dataflow dataflow) {
        return dataflow == Dataflow.OUTPUT_STATIONARY ? rows - 1L : 2L * rows - 1;
    }

    /** Drain cycles of every fold: the last results cross the columns. */
    public long drainCycles() {
        return cols - 1L;
    }

    /** The timing of fold ({@code rowFold}, {@code colFold}), both 0-based. */
    public FoldTiming fold(OperandMapping mapping, long rowFold, long colFold) {
        long rf = rowFolds(mapping);
        long cf = colFolds(mapping);
        if (rowFold < 0 || rowFold >= rf || colFold < 0 || colFold >= cf) {
            throw new IllegalArgumentException("fold (" + rowFold + ", " + colFold + ") outside " + rf + " x " + cf);
        }
        int rowsUsed = (int) Math.min(rows, mapping.spatialRows() - rowFold * rows);
        int colsUsed = (int) Math.min(cols, mapping.spatialCols() - colFold * cols);
        return new FoldTiming(fillCycles(mapping.dataflow()), mapping.temporal(), drainCycles(), rowsUsed, colsUsed);
    }

    /** Every fold in execution order (column folds outer, row folds inner), generated as iterated. */
    public Iterable<FoldTiming> folds(OperandMapping mapping) {
        long rf = rowFolds(mapping);
        long cf = colFolds(mapping);
        return () -> new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < rf * cf;
            }

            @Override
            public FoldTiming next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long i = next++;
                return fold(mapping, i % rf, i / rf);
            }
        };
    }

    /** The whole GEMM under {@code dataflow}, in closed form (no fold is enumerated). */
    public SystolicLayerTiming time(GemmDims gemm, Dataflow dataflow) {
        OperandMapping mapping = OperandMapping.of(gemm, dataflow);
        long foldCycles = fillCycles(dataflow) + mapping.temporal() + drainCycles();
        return new SystolicLayerTiming(mapping, rows, cols, rowFolds(mapping), colFolds(mapping), foldCycles, gemm.macs());
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
