package dev.precis.components.pe;

import dev.precis.components.energy.SiliconCost;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;

/**
 * {@link SystolicArray} on the kernel: each COMPUTE block is one GEMM tile, timed fold by fold from fill,
 * steady state and drain as SCALE-Sim v2 counts them ({@link SystolicArray#time}), under the block's dataflow
 * when the array accepts it, else the array's own. Integer MACs only: a block wider than the PEs' operand
 * width fails naming the layer. Energy: every MAC of the block costs one PE use (idle PEs of a partial fold
 * cost nothing dynamic); leakage and area are the whole array's.
 */
public final class SystolicArrayComponent extends ComputeArrayComponent {
    private final SystolicArray array;
    private final Dataflow dataflow;
    private final int operandBits;
    private final SiliconCost pe;

    /**
     * @param array        the array's shape
     * @param dataflow     os, ws or is: what every block runs as
     * @param operandBits  widest operand the PEs multiply
     * @param pe           one PE's energy per MAC, area and leakage
     */
    public SystolicArrayComponent(SystolicArray array, Dataflow dataflow, int operandBits, SiliconCost pe,
                                  ClockDomain clock, int queueDepth) {
        super(clock, queueDepth);
        this.array = array;
        this.dataflow = dataflow;
        this.operandBits = operandBits;
        this.pe = pe;
    }

    public SystolicArray array() {
        return array;
    }

    public Dataflow dataflow() {
        return dataflow;
    }

    @Override
    protected String typeName() {
        return SystolicArrayType.NAME;
    }

    @Override
    protected BlockCost cost(Transaction request, ComputeWork work) {
        OperandPrecision p = work.precision();
        if (p.weightBits() > operandBits || p.activationBits() > operandBits) {
            throw unsupported(work, "pe.work precision", "w" + p.weightBits() + " a" + p.activationBits()
                    + " is wider than this array's " + operandBits + "-bit PEs");
        }
        SystolicLayerTiming timing = array.time(work.dims(), dataflow);
        long macs = work.dims().macs();
        return new BlockCost(timing.cycles(), 0, macs, macs * pe.energyPj());
    }

    @Override
    protected double leakagePowerMw() {
        return pe.leakageMw() * array.processingElements();
    }

    @Override
    protected double areaMm2() {
        return pe.areaMm2() * array.processingElements();
    }
}
