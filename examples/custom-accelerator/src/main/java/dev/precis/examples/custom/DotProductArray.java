package dev.precis.examples.custom;

import dev.precis.components.pe.BlockCost;
import dev.precis.components.pe.ComputeArrayComponent;
import dev.precis.components.pe.ComputeWork;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;

/**
 * A user's PE array: {@code units} dot-product units of {@code width} multipliers each, every unit reducing
 * {@code width} products of one output per cycle, plus {@code pipeline} cycles per block. On
 * {@link ComputeArrayComponent} it speaks the shared protocol (port {@code in}, COMPUTE blocks with
 * {@code pe.work}) and reports the statistics every array reports, so a composition can put it behind a
 * {@code replay-controller} like any shipped array.
 */
public final class DotProductArray extends ComputeArrayComponent {
    private final int units;
    private final int width;
    private final int pipeline;
    private final double macPj;
    private final double leakageMw;
    private final double areaMm2;

    public DotProductArray(int units, int width, int pipeline, double macPj, double leakageMw, double areaMm2,
                           ClockDomain clock) {
        super(clock, 2);
        this.units = units;
        this.width = width;
        this.pipeline = pipeline;
        this.macPj = macPj;
        this.leakageMw = leakageMw;
        this.areaMm2 = areaMm2;
    }

    /** Cycles of an m x n x k product: each output's k products in chunks of width, units outputs at a time. */
    public long cycles(ComputeWork work) {
        long outputs = Math.multiplyExact(work.dims().m(), work.dims().n());
        long chunks = (work.dims().k() + width - 1) / width;
        return Math.multiplyExact((outputs + units - 1) / units, chunks) + pipeline;
    }

    @Override
    protected String typeName() {
        return DotProductArrayType.NAME;
    }

    @Override
    protected BlockCost cost(Transaction request, ComputeWork work) {
        long macs = work.dims().macs();
        return new BlockCost(cycles(work), 0, macs, macs * macPj);
    }

    @Override
    protected double leakagePowerMw() {
        return leakageMw;
    }

    @Override
    protected double areaMm2() {
        return areaMm2;
    }
}
