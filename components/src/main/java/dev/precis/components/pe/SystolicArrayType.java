package dev.precis.components.pe;

import dev.precis.components.energy.DatapathCosts;
import dev.precis.components.energy.PartCost;
import dev.precis.components.energy.SiliconCost;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;

/**
 * Self-description of {@link SystolicArrayComponent}. Defaults are SCALE-Sim v2's reference configuration as
 * issue 11 uses it (32 x 32, output stationary) with int8 PEs; a PE is our reconstruction from
 * {@link DatapathCosts} parts (an {@code bits x bits} multiplier, an accumulator adder and the operand and
 * accumulator registers, at 28 nm): SCALE-Sim gives no energy or area.
 */
public final class SystolicArrayType implements ComponentType {
    public static final String NAME = "systolic-array";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Systolic array of integer MACs (output, weight or input stationary), timed per fold as SCALE-Sim v2",
            List.of(ParamSpec.optional("rows", ParamType.INT, "PEs", "32", "array rows").atLeast(1),
                    ParamSpec.optional("cols", ParamType.INT, "PEs", "32", "array columns").atLeast(1),
                    ParamSpec.choice("dataflow", "os", "os: output stationary, ws: weight stationary, is: input stationary",
                            "os", "ws", "is"),
                    ParamSpec.optional("operandBits", ParamType.INT, "bits", "8", "widest operand a PE multiplies").range(1, 32),
                    ParamSpec.optional("accumulatorBits", ParamType.INT, "bits", "32", "PE accumulator width").range(8, 64),
                    ComputeArrayComponent.CLOCK_PARAM,
                    ComputeArrayComponent.QUEUE_DEPTH_PARAM),
            List.of(ComputeArrayComponent.IN_PORT),
            ComputeArrayComponent.statistics());

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        int bits = p.getInt("operandBits");
        int acc = p.getInt("accumulatorBits");
        PartCost parts = DatapathCosts.multiplier(bits).plus(DatapathCosts.adder(acc))
                .plus(DatapathCosts.register(2 * bits + acc));
        SiliconCost pe = DatapathCosts.at28nm(parts);
        return new SystolicArrayComponent(new SystolicArray(p.getInt("rows"), p.getInt("cols")),
                Dataflow.parse(p.getString("dataflow")), bits, pe,
                new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"));
    }
}
