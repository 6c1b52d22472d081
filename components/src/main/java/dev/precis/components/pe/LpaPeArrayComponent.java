package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;

/** {@link LpaPeArray} on the kernel: COMPUTE blocks need {@link ComputeWork} and LP {@link OperandFormats}. */
public final class LpaPeArrayComponent extends ComputeArrayComponent {
    private final LpaPeArray model;
    private int previousBits;

    public LpaPeArrayComponent(LpaPeArray model, ClockDomain clock, int queueDepth) {
        super(clock, queueDepth);
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
            c = model.cost(work, formats, previousBits);
        } catch (IllegalArgumentException e) {
            throw unsupported(work, "pe.work/pe.formats", e.getMessage());
        }
        previousBits = Math.max(work.precision().weightBits(), work.precision().activationBits());
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
