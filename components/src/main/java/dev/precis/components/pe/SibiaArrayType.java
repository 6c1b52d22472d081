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
 * Self-description of the Sibia-style bit-slice array ({@link BitSliceArray#sibia}): the baseline of Panacea,
 * which skips zero HO slice vectors only. Defaults match {@link PanaceaArrayType}'s (256 units: the same slice
 * multipliers as Panacea's two operators together), so the two differ only in what they skip; our
 * reconstruction, not Sibia's published configuration.
 */
public final class SibiaArrayType implements ComponentType {
    public static final String NAME = "sibia-array";

    private static final ComponentDescriptor DESCRIPTOR;

    static {
        List<ParamSpec> params = new ArrayList<>(List.of(
                ParamSpec.optional("units", ParamType.INT, "units", "256", "slice-vector units (shared by LO and HO slices)").atLeast(1)));
        params.addAll(PanaceaArrayType.commonParams());
        List<dev.precis.tlm.describe.StatSpec> stats = new ArrayList<>(ComputeArrayComponent.STATISTICS);
        stats.addAll(BitSliceArrayComponent.SLICE_STATISTICS);
        DESCRIPTOR = new ComponentDescriptor(NAME,
                "Sibia-style bit-slice array: LO and HO slice vectors on shared units, only zero HO vectors skipped",
                params, List.of(ComputeArrayComponent.IN_PORT), stats);
    }

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        BitSliceArray model = BitSliceArray.sibia(p.getInt("sliceBits"), p.getInt("vectorLength"), p.getInt("units"),
                p.getInt("accumulatorBits"), p.getInt("pipelineStages"));
        return new BitSliceArrayComponent(model, NAME, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"));
    }
}
