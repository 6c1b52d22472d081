package dev.precis.components.panacea;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import java.util.List;

/**
 * What the encoder and decoder types share. Defaults are our reconstruction (Panacea's codec is not
 * described in numbers): 64 values per cycle (one 1 x 64 tile of the trace), 4 runs per cycle, a 2-cycle
 * pipeline, HO slices up to 6 bits (the workloads' DBS keeps at least 2 LO bits: PanaceaConfig minLoBits 2),
 * 4-bit run lengths (PanaceaConfig runLengthBits 4), 500 MHz.
 */
final class RleCodecTypes {
    private RleCodecTypes() {
    }

    static ComponentDescriptor descriptor(String name, String description) {
        return new ComponentDescriptor(name, description,
                List.of(ParamSpec.optional("valuesPerCycle", ParamType.INT, "values", "64", "values coded per cycle").atLeast(1),
                        ParamSpec.optional("runsPerCycle", ParamType.INT, "runs", "4", "runs emitted or expanded per cycle").atLeast(1),
                        ParamSpec.optional("pipelineCycles", ParamType.INT, "cycles", "2", "latency per transfer").atLeast(0),
                        ParamSpec.optional("maxHoBits", ParamType.INT, "bits", "6", "widest HO slice the datapath takes").range(1, 16),
                        ParamSpec.optional("runLengthBits", ParamType.INT, "bits", "4", "width of a run-length field").range(1, 16),
                        ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "codec clock"),
                        ParamSpec.optional("queueDepth", ParamType.INT, "transfers", "4",
                                "transfers held (coding or waiting for the memory) before END_REQ waits").atLeast(1)),
                List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE transfers; those carrying pe.slices are coded"),
                        new PortSpec("out", PortDirection.INITIATOR, "the transfers at their memory-side size, to the memory")),
                RleCodecComponent.STATISTICS);
    }

    static RleCodecComponent create(String name, RleCodec.Direction direction, Params p) {
        RleCodec codec = new RleCodec(direction, p.getInt("valuesPerCycle"), p.getInt("runsPerCycle"),
                p.getInt("pipelineCycles"), p.getInt("maxHoBits"), p.getInt("runLengthBits"));
        return new RleCodecComponent(codec, name, new ClockDomain(name, p.getFrequencyHz("clock")), p.getInt("queueDepth"));
    }
}
