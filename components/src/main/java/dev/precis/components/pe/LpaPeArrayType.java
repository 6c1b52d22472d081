package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;

/**
 * Self-description of {@link LpaPeArrayComponent}. LPA's array size, clock and node are not public: the
 * defaults put it on the ANT artifact's footing (32 x 32, 500 MHz, 28 nm, 32-bit accumulators) so the two can
 * be compared like for like; maxBits 8 and the 5 fraction bits and 7 shifter stages cover every format LPQ
 * searches (n in 4..8, es up to 2, rs up to n - 1: workloads' LpqConfig.defaults); minBits 4 and the 2
 * pipeline stages are our reconstruction.
 */
public final class LpaPeArrayType implements ComponentType {
    public static final String NAME = "lpa-pe-array";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "LPA PE array: log-domain multiply (exponent addition), conversion to linear, fixed-point accumulation; "
                    + "LP(n, es, rs, sf) per layer",
            List.of(ParamSpec.optional("rows", ParamType.INT, "PEs", "32", "array rows (the input dimension)").atLeast(1),
                    ParamSpec.optional("cols", ParamType.INT, "PEs", "32", "array columns (the output dimension)").atLeast(1),
                    ParamSpec.optional("maxBits", ParamType.INT, "bits", "8", "widest LP word, one product per PE and cycle").range(2, 16),
                    ParamSpec.optional("minBits", ParamType.INT, "bits", "4", "narrowest split of the log adder").range(1, 16),
                    ParamSpec.optional("fractionBits", ParamType.INT, "bits", "5", "log-fraction bits the conversion table takes").range(0, 10),
                    ParamSpec.optional("shiftStages", ParamType.INT, "", "7", "stages of the linearising shifter").range(1, 8),
                    ParamSpec.optional("accumulatorBits", ParamType.INT, "bits", "32", "linear accumulator width").range(8, 64),
                    ParamSpec.optional("pipelineStages", ParamType.INT, "cycles", "2", "stages added for decode and conversion").atLeast(0),
                    ParamSpec.optional("precisionSwitchCycles", ParamType.LONG, "cycles", "0",
                            "cycles lost when a block's word size differs from the one before, within a layer or from the "
                                    + "previous layer's last (initial*Bits)").atLeast(0),
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
        LpaPeArray model = new LpaPeArray(p.getInt("rows"), p.getInt("cols"), maxBits, minBits, p.getInt("fractionBits"),
                p.getInt("shiftStages"), p.getInt("accumulatorBits"), p.getInt("pipelineStages"),
                p.getLong("precisionSwitchCycles"));
        return new LpaPeArrayComponent(model, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"),
                CarriedPrecision.initial(p, maxBits));
    }
}
