package dev.precis.components.memory;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;

/**
 * Self-description of {@link IdealMemoryComponent}. The width and clock defaults are the ANT artifact's
 * (conf_*.ini: {@code if_width = 1024}, 500 MHz); energies default to 0 so that a composition states the figures
 * it uses (the ANT-family presets give the artifact's reported DRAM energies).
 */
public final class IdealMemoryType implements ComponentType {
    public static final String NAME = "ideal-memory";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Ideal memory interface of a fixed width (bits per cycle), as the ANT/BitFusion simulator models memory",
            List.of(ParamSpec.optional("widthBits", ParamType.INT, "bits/cycle", "1024", "bits moved per cycle").atLeast(1),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "interface clock"),
                    ParamSpec.optional("readEnergyPjPerBit", ParamType.DOUBLE, "pJ/bit", "0", "energy per bit read").atLeast(0),
                    ParamSpec.optional("writeEnergyPjPerBit", ParamType.DOUBLE, "pJ/bit", "0", "energy per bit written").atLeast(0),
                    ParamSpec.optional("backgroundPowerMw", ParamType.DOUBLE, "mW", "0", "static power").atLeast(0),
                    ParamSpec.optional("queueDepth", ParamType.INT, "requests", "4",
                            "requests held before END_REQ waits (back-pressure)").atLeast(1)),
            List.of(IdealMemoryComponent.IN_PORT),
            IdealMemoryComponent.statistics());

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return new IdealMemoryComponent(new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("widthBits"),
                p.getDouble("readEnergyPjPerBit"), p.getDouble("writeEnergyPjPerBit"), p.getDouble("backgroundPowerMw"),
                p.getInt("queueDepth"));
    }
}
