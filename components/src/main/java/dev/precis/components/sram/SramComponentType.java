package dev.precis.components.sram;

import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.List;

/**
 * Self-description of {@link SramComponent}. Defaults: 128 KiB, 500 MHz, 28 nm and double buffering
 * follow the ANT artifact's weight buffer (clevercool/ANT-Quantization, ant_simulator); 8 banks of
 * 16-byte words, 8 ports and a 1-cycle access are our assumptions for a scratchpad at that clock.
 */
public final class SramComponentType implements ComponentType {

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("sram",
            "banked, multi-ported on-chip SRAM buffer with double buffering, capacity checks and CACTI-based energy",
            List.of(ParamSpec.optional("capacity", ParamType.BYTES, "bytes", "128 KiB", "total capacity").atLeast(1),
                    ParamSpec.optional("banks", ParamType.INT, "", "8", "banks; words interleave across them").atLeast(1),
                    ParamSpec.optional("ports", ParamType.INT, "", "8", "word accesses started per cycle").atLeast(1),
                    ParamSpec.optional("wordBytes", ParamType.INT, "bytes", "16", "width of one bank access").atLeast(1),
                    ParamSpec.optional("accessLatency", ParamType.INT, "cycles", "1", "cycles per word access").atLeast(1),
                    ParamSpec.optional("doubleBuffered", ParamType.BOOLEAN, "", "true", "two ping-pong halves; a tile must fit in one"),
                    ParamSpec.choice("technology", "28nm", "process node of the energy/area table", "28nm", "45nm"),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "buffer clock"),
                    ParamSpec.optional("queueDepth", ParamType.INT, "requests", "16",
                            "requests held before END_REQ waits (back-pressure)").atLeast(1)),
            List.of(new PortSpec("in", PortDirection.TARGET,
                    "READ/WRITE requests (AT or LT); WRITE may carry sram.tileBytes")),
            List.of(new StatSpec("reads", "count", "word reads"),
                    new StatSpec("writes", "count", "word writes"),
                    new StatSpec("bytesRead", "bytes", "bytes read"),
                    new StatSpec("bytesWritten", "bytes", "bytes written"),
                    new StatSpec("bankConflictCycles", "cycles", "cycles word accesses waited for a busy bank"),
                    new StatSpec("energy.dynamic", "pJ", "read and write energy"),
                    new StatSpec("energy.leakage", "pJ", "leakage over the run"),
                    new StatSpec("area", "mm2", "macro area"),
                    new StatSpec("in.requests", "count", "requests accepted on in"),
                    new StatSpec("in.backPressure", "ps", "time a request waited for END_REQ")));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        SramConfig config = new SramConfig("sram", p.getBytes("capacity"), p.getInt("banks"), p.getInt("ports"),
                p.getInt("wordBytes"), p.getInt("accessLatency"), p.getBoolean("doubleBuffered"),
                TechnologyNode.parse(p.getString("technology")), p.getFrequencyHz("clock") / 1e6);
        return new SramComponent(config, p.getInt("queueDepth"));
    }
}
