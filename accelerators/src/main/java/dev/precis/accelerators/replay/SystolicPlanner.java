package dev.precis.accelerators.replay;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A layer on a systolic array as SCALE-Sim v2 runs it: each GEMM copy is one COMPUTE block, which the
 * {@code systolic-array} times fold by fold; memory streams the copy's operands in and its outputs back while
 * the array computes (one phase per copy). SCALE-Sim's own runs never stall on memory (its CALC bandwidth
 * mode); here an ideal memory of finite width does when a layer moves more bits than it computes cycles.
 */
public final class SystolicPlanner implements LayerPlanner {
    private final Dataflow dataflow;
    private final int outputBits;
    private final long processingElements;

    /**
     * @param dataflow            the array's dataflow, carried on every block
     * @param outputBits          bits of each output written back
     * @param processingElements  the array's MACs per cycle
     */
    public SystolicPlanner(Dataflow dataflow, int outputBits, long processingElements) {
        this.dataflow = dataflow;
        this.outputBits = outputBits;
        this.processingElements = processingElements;
    }

    @Override
    public long peakMacsPerCycle(ReplayLayer layer) {
        return processingElements;
    }

    @Override
    public void checkFits(ReplayLayer layer) {
        // Operands stream through the array: every layer fits.
    }

    @Override
    public LayerPlan plan(ReplayLayer layer) {
        var g = layer.gemm();
        ComputeWork work = new ComputeWork(layer.name(), g, layer.precision(), dataflow);
        long inputBits = Math.multiplyExact(Math.multiplyExact(g.m(), g.k()), layer.precision().activationBits());
        long weightBits = Math.multiplyExact(Math.multiplyExact(g.k(), g.n()), layer.precision().weightBits());
        long outBits = Math.multiplyExact(Math.multiplyExact(g.m(), g.n()), outputBits);
        long copies = layer.copies();
        Iterator<ReplayPhase> phases = new Iterator<>() {
            private long copy;

            @Override
            public boolean hasNext() {
                return copy < copies;
            }

            @Override
            public ReplayPhase next() {
                copy++;
                List<Transfer> t = new ArrayList<>(2);
                t.add(new Transfer(false, inputBits + weightBits));
                t.add(new Transfer(true, outBits));
                return new ReplayPhase(List.<ComputeBlock>of(new ComputeBlock.Gemm(work)).iterator(), t.iterator());
            }
        };
        LayerPlan.BufferBits bits = new LayerPlan.BufferBits(weightBits * copies, weightBits * copies,
                inputBits * copies, inputBits * copies, outBits * copies, outBits * copies);
        return new LayerPlan(phases, bits, dataflow.shortName() + " x" + copies);
    }
}
