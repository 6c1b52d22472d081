package dev.precis.examples.custom;

import dev.precis.components.pe.ComputeArrayComponent;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;

/**
 * Self-description of {@link DotProductArray}, registered in
 * {@code META-INF/services/dev.precis.tlm.describe.ComponentType}: with this module's jar on the class path,
 * {@code type = dot-product-array} works in any composition and {@code precis info dot-product-array} describes
 * it. The energy, leakage and area defaults are the example's, not a measured design's.
 */
public final class DotProductArrayType implements ComponentType {
    public static final String NAME = "dot-product-array";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Example: dot-product units of a fixed width, one output's chunk of products per unit and cycle",
            List.of(ParamSpec.optional("units", ParamType.INT, "", "64", "dot-product units").atLeast(1),
                    ParamSpec.optional("width", ParamType.INT, "multipliers", "16", "multipliers per unit").atLeast(1),
                    ParamSpec.optional("pipeline", ParamType.INT, "cycles", "4", "cycles added per block").atLeast(0),
                    ParamSpec.optional("macPj", ParamType.DOUBLE, "pJ", "0.2", "energy per MAC").atLeast(0),
                    ParamSpec.optional("leakagePowerMw", ParamType.DOUBLE, "mW", "20", "static power").atLeast(0),
                    ParamSpec.optional("areaMm2", ParamType.DOUBLE, "mm2", "0.3", "area").atLeast(0),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "array clock")),
            List.of(ComputeArrayComponent.IN_PORT),
            ComputeArrayComponent.statistics());

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return new DotProductArray(p.getInt("units"), p.getInt("width"), p.getInt("pipeline"), p.getDouble("macPj"),
                p.getDouble("leakagePowerMw"), p.getDouble("areaMm2"), new ClockDomain(NAME, p.getFrequencyHz("clock")));
    }
}
