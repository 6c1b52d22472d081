package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;
import java.util.Locale;

/**
 * Self-description of {@link AntPeArrayComponent}. Defaults follow the ANT artifact's configuration
 * (clevercool/ANT-Quantization, ant_simulator/conf_ant.ini: 32 x 32 PEs, 8/4-bit, 500 MHz, no precision-switch
 * cost; its output buffer holds 32-bit partial sums); one decoder pipeline stage is issue 11's description of
 * ANT's PE; exponent width and shifter depth are our reconstruction ({@link AntDecoderCosts}); queue depth 2
 * is ACCEL_CONTRACT.md's.
 */
public final class AntPeArrayType implements ComponentType {
    public static final String NAME = "ant-pe-array";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "ANT PE array: flint/PoT/float/int decoders in front of bit-brick integer MACs (or the BitFusion variant)",
            List.of(ParamSpec.optional("rows", ParamType.INT, "PEs", "32", "array rows (N, the input dimension)").atLeast(1),
                    ParamSpec.optional("cols", ParamType.INT, "PEs", "32", "array columns (M, the output dimension)").atLeast(1),
                    ParamSpec.optional("maxBits", ParamType.INT, "bits", "8", "widest operand at full rate (pmax)").range(1, 32),
                    ParamSpec.optional("minBits", ParamType.INT, "bits", "4", "brick width (pmin)").range(1, 32),
                    ParamSpec.optional("precisionSwitchCycles", ParamType.LONG, "cycles", "0",
                            "cycles lost reconfiguring the fusion when a block's precision differs from the one before, within a "
                                    + "layer or from the previous layer's last (initial*Bits); the ANT artifact charges none").atLeast(0),
                    ParamSpec.choice("variant", "ant", "ant: decoders and exponent path; bitfusion: int only, no decoders",
                            "ant", "bitfusion"),
                    ParamSpec.choice("costModel", "reconstruction",
                            "reconstruction: PE energy plus per-format decoder and exponent-path energy; artifact: PE "
                                    + "energy only, as the ANT artifact charges", "reconstruction", "artifact"),
                    ParamSpec.optional("decoderStages", ParamType.INT, "cycles", "1", "pipeline stages the decoders add").atLeast(0),
                    ParamSpec.optional("exponentBits", ParamType.INT, "bits", "3", "width of a decoded exponent").range(1, 8),
                    ParamSpec.optional("shiftStages", ParamType.INT, "", "3", "stages of each PE's product shifter").range(0, 6),
                    ParamSpec.optional("accumulatorBits", ParamType.INT, "bits", "32", "PE accumulator width").range(8, 64),
                    CarriedPrecision.INITIAL_WEIGHT_BITS,
                    CarriedPrecision.INITIAL_ACTIVATION_BITS,
                    ComputeArrayComponent.CLOCK_PARAM,
                    ComputeArrayComponent.QUEUE_DEPTH_PARAM),
            List.of(ComputeArrayComponent.IN_PORT),
            ComputeArrayComponent.statistics(CarriedPrecision.FINAL_WEIGHT_BITS, CarriedPrecision.FINAL_ACTIVATION_BITS));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        int maxBits = p.getInt("maxBits");
        int minBits = p.getInt("minBits");
        if (minBits > maxBits || maxBits % minBits != 0) {
            throw p.invalid("maxBits " + maxBits + " must be a multiple of minBits " + minBits);
        }
        BitBrickArray bricks = new BitBrickArray(p.getInt("rows"), p.getInt("cols"), maxBits, minBits,
                p.getLong("precisionSwitchCycles"));
        AntPeArray model = new AntPeArray(bricks,
                AntPeArray.Variant.valueOf(p.getString("variant").toUpperCase(Locale.ROOT)),
                AntPeArray.CostModel.valueOf(p.getString("costModel").toUpperCase(Locale.ROOT)),
                p.getInt("decoderStages"),
                new AntDecoderCosts(p.getInt("exponentBits"), p.getInt("shiftStages"), p.getInt("accumulatorBits")),
                p.getInt("accumulatorBits"));
        return new AntPeArrayComponent(model, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"),
                CarriedPrecision.initial(p, maxBits));
    }
}
