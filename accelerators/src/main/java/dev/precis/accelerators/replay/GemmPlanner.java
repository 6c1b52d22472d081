package dev.precis.accelerators.replay;

import dev.precis.components.pe.ComputeWork;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.GemmDims;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A layer as one GEMM block for an array that times a whole product from its own model ({@code lpa-pe-array},
 * {@code panacea-array}, {@code sibia-array}): the layer's copies stacked along M (the block carries the layer's
 * formats and slice statistics), while the memory streams the weights and the input activations in (the inputs
 * with their slice statistics, so that an RLE decoder on the path reads them compressed) and the outputs back,
 * all in one phase.
 */
public final class GemmPlanner implements LayerPlanner {
    private final int outputBits;
    private final ToLongFunction<ReplayLayer> peak;

    /**
     * @param outputBits bits of each output written back
     * @param peak       the array's peak MACs per cycle at a layer's precision (0: no MAC peak, utilisation is the
     *                   array's busy fraction)
     */
    public GemmPlanner(int outputBits, ToLongFunction<ReplayLayer> peak) {
        this.outputBits = outputBits;
        this.peak = peak;
    }

    @Override
    public long peakMacsPerCycle(ReplayLayer layer) {
        return peak.applyAsLong(layer);
    }

    @Override
    public void checkFits(ReplayLayer layer) {
        // The array streams its operands: every layer fits.
    }

    @Override
    public LayerPlan plan(ReplayLayer layer) {
        GemmDims g = layer.gemm();
        GemmDims all = new GemmDims(Math.multiplyExact(g.m(), layer.copies()), g.n(), g.k());
        ComputeWork work = new ComputeWork(layer.name(), all, layer.precision(), Dataflow.OUTPUT_STATIONARY);
        long inputBits = Math.multiplyExact(Math.multiplyExact(all.m(), all.k()), (long) layer.precision().activationBits());
        long weightBits = Math.multiplyExact(Math.multiplyExact(g.k(), g.n()), (long) layer.precision().weightBits()) * layer.copies();
        long outBits = Math.multiplyExact(Math.multiplyExact(all.m(), all.n()), (long) outputBits);
        List<Transfer> t = new ArrayList<>(3);
        t.add(new Transfer(false, weightBits));
        t.add(new Transfer(false, inputBits, layer.slices()));
        t.add(new Transfer(true, outBits));
        Iterator<ReplayPhase> phases = List.of(new ReplayPhase(List.<ComputeBlock>of(new ComputeBlock.Gemm(work)).iterator(),
                t.iterator())).iterator();
        return new LayerPlan(phases, new LayerPlan.BufferBits(weightBits, weightBits, inputBits, inputBits, outBits, outBits),
                "one block " + all.m() + "x" + all.n() + "x" + all.k());
    }
}
