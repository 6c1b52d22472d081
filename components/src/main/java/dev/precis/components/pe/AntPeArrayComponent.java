package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Transaction;

/**
 * {@link AntPeArray} on the kernel: COMPUTE blocks need {@link ComputeWork} and, for the ANT variant,
 * {@link OperandFormats} (the formats pick the decoders and their energy; the BitFusion variant computes
 * integers only and takes blocks without formats as integer blocks); the precision-switch cost follows the
 * order blocks are served, starting from the precision the array was configured for ({@link CarriedPrecision}).
 */
public final class AntPeArrayComponent extends ComputeArrayComponent {
    private final AntPeArray model;

    /** An array unconfigured when the run starts. */
    public AntPeArrayComponent(AntPeArray model, ClockDomain clock, int queueDepth) {
        this(model, clock, queueDepth, null);
    }

    /** An array configured for {@code initial} (null: unconfigured) when the run starts. */
    public AntPeArrayComponent(AntPeArray model, ClockDomain clock, int queueDepth, OperandPrecision initial) {
        super(clock, queueDepth, initial);
        this.model = model;
    }

    public AntPeArray model() {
        return model;
    }

    @Override
    protected String typeName() {
        return AntPeArrayType.NAME;
    }

    @Override
    protected BlockCost cost(Transaction request, ComputeWork work) {
        OperandFormats formats = request.extension(OperandFormats.KEY).orElse(null);
        if (formats == null) {
            // The BitFusion variant computes integers only, so a block without formats is an integer block.
            if (model.variant() != AntPeArray.Variant.BITFUSION) {
                throw unsupported(work, OperandFormats.KEY.name(),
                        "missing: the ANT array needs the operands' formats (OperandFormats)");
            }
            formats = new OperandFormats(new NumberFormat.IntFormat(work.precision().weightBits(), true),
                    new NumberFormat.IntFormat(work.precision().activationBits(), true));
        }
        BlockCost c;
        try {
            c = model.cost(work, formats, configuredPrecision());
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
