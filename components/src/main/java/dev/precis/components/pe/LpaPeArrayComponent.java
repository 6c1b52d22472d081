package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;

/**
 * {@link LpaPeArray} on the kernel: COMPUTE blocks need {@link ComputeWork} and LP {@link OperandFormats}; a change
 * of word size from the block before (or from the precision the array was configured for,
 * {@link CarriedPrecision}) pays the switch cost.
 */
public final class LpaPeArrayComponent extends ComputeArrayComponent {
    private final LpaPeArray model;

    /** An array unconfigured when the run starts. */
    public LpaPeArrayComponent(LpaPeArray model, ClockDomain clock, int queueDepth) {
        this(model, clock, queueDepth, null);
    }

    /** An array configured for {@code initial} (null: unconfigured) when the run starts. */
    public LpaPeArrayComponent(LpaPeArray model, ClockDomain clock, int queueDepth, OperandPrecision initial) {
        super(clock, queueDepth, initial);
        this.model = model;
    }

    public LpaPeArray model() {
        return model;
    }

    @Override
    protected String typeName() {
        return LpaPeArrayType.NAME;
    }

    @Override
    protected BlockCost cost(Transaction request, ComputeWork work) {
        OperandFormats formats = request.extension(OperandFormats.KEY).orElseThrow(() -> unsupported(work,
                OperandFormats.KEY.name(), "missing: the LPA array needs each layer's LP formats (OperandFormats)"));
        BlockCost c;
        try {
            OperandPrecision before = configuredPrecision();
            // the LP word size: the wider operand, as the array splits its log adder for both
            c = model.cost(work, formats, before == null ? 0 : Math.max(before.weightBits(), before.activationBits()));
        } catch (IllegalArgumentException e) {
            throw unsupported(work, "pe.work/pe.formats", e.getMessage());
        }
        return c;
    }

    @Override
    protected double leakagePowerMw() {
        return model.leakagePowerMw();
    }

    @Override
    protected double areaMm2() {
        return model.areaMm2();
    }
}
