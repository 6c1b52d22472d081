package dev.precis.components.pe;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-description of Panacea's bit-slice array ({@link BitSliceArray#panacea}). Panacea's unit counts, clock
 * and node are not in its public summary: defaults are our reconstruction on the ANT artifact's footing
 * (500 MHz, 28 nm, 32-bit accumulators) with as many 4x4 slice multipliers as the 32 x 32 8/4 bit-brick array
 * has 4-bit products (4096 = 256 units of 16, split evenly between the static and the dynamic operator); 4-bit
 * slices and 16-value HO vectors are the workloads' Panacea defaults (PanaceaConfig, hoVectorLength 16); 64
 * compensator adders and 2 pipeline stages are our choice.
 */
public final class PanaceaArrayType implements ComponentType {
    public static final String NAME = "panacea-array";

    static List<ParamSpec> commonParams() {
        return List.of(ParamSpec.optional("sliceBits", ParamType.INT, "bits", "4", "width of a slice multiplier's operands").range(1, 16),
                ParamSpec.optional("vectorLength", ParamType.INT, "values", "16", "slices per slice-vector unit (the HO vector length)").atLeast(1),
                ParamSpec.optional("accumulatorBits", ParamType.INT, "bits", "32", "accumulator width").range(8, 64),
                ParamSpec.optional("pipelineStages", ParamType.INT, "cycles", "2", "pipeline fill per block").atLeast(0),
                ComputeArrayComponent.CLOCK_PARAM,
                ComputeArrayComponent.QUEUE_DEPTH_PARAM);
    }

    private static final ComponentDescriptor DESCRIPTOR;

    static {
        List<ParamSpec> params = new ArrayList<>(List.of(
                ParamSpec.optional("staticUnits", ParamType.INT, "units", "128", "slice-vector units of the static (dense LO) operator").atLeast(1),
                ParamSpec.optional("dynamicUnits", ParamType.INT, "units", "128", "slice-vector units of the dynamic (sparse HO) operator").atLeast(1),
                ParamSpec.optional("compensatorAdders", ParamType.INT, "adders", "64", "adders of the compensator").atLeast(1)));
        params.addAll(commonParams());
        List<dev.precis.tlm.describe.StatSpec> stats = new ArrayList<>(ComputeArrayComponent.STATISTICS);
        stats.addAll(BitSliceArrayComponent.SLICE_STATISTICS);
        DESCRIPTOR = new ComponentDescriptor(NAME,
                "Panacea bit-slice array: dynamic operator on sparse HO slices (zero and frequent vectors skipped), "
                        + "static operator on dense LO slices, compensator for the frequent-value term",
                params, List.of(ComputeArrayComponent.IN_PORT), stats);
    }

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        BitSliceArray model = BitSliceArray.panacea(p.getInt("sliceBits"), p.getInt("vectorLength"), p.getInt("staticUnits"),
                p.getInt("dynamicUnits"), p.getInt("compensatorAdders"), p.getInt("accumulatorBits"), p.getInt("pipelineStages"));
        return new BitSliceArrayComponent(model, NAME, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"));
    }
}
