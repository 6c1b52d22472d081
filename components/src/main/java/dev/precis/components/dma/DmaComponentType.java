package dev.precis.components.dma;

import dev.precis.tlm.ClockDomain;
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
 * Self-description of {@link DmaComponent}. Default burst: 64 bytes, one DDR4 burst of length 8 on a
 * 64-bit channel (JEDEC JESD79-4). Default 500 MHz clock: the ANT artifact's accelerator clock.
 * 16 outstanding bursts is our assumption.
 */
public final class DmaComponentType implements ComponentType {

    public static final StatSpec BYTES_MOVED = new StatSpec("bytesMoved", "bytes", "bytes moved by completed bursts");
    public static final StatSpec BURSTS = new StatSpec("bursts", "count", "bursts completed");
    public static final StatSpec TRANSFERS = new StatSpec("transfers", "count", "descriptors completed");
    public static final StatSpec STALL_CYCLES = new StatSpec("stallCycles", "cycles",
            "cycles a ready burst waited for the outstanding-request limit");
    public static final StatSpec BUSY_CYCLES = new StatSpec("busyCycles", "cycles",
            "cycles with a transfer queued or in flight");
    public static final StatSpec BACK_PRESSURE_CYCLES = new StatSpec("backPressureCycles", "cycles",
            "cycles with a request queued behind one not yet accepted (END_REQ pending: link latency or a full target)");

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("dma",
            "DMA engine: strided 2D/3D tile transfers between DRAM and a buffer, split into bursts, with an outstanding limit",
            List.of(ParamSpec.optional("burstBytes", ParamType.INT, "bytes", "64", "largest request; rows split at multiples of it").atLeast(1),
                    ParamSpec.optional("maxOutstanding", ParamType.INT, "bursts", "16", "bursts in flight at once").atLeast(1),
                    ParamSpec.optional("burstsPerCycle", ParamType.INT, "bursts", "1", "bursts that may start in one cycle").atLeast(1),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "engine clock; burstsPerCycle bursts start per cycle")),
            List.of(new PortSpec("ctrl", PortDirection.TARGET, "BEGIN_REQ with a dma.descriptor extension (tile between DRAM and buffer),"
                            + " or a plain READ/WRITE (linear transfer of its sizeBytes, DRAM side only); BEGIN_RESP when done"),
                    new PortSpec("dram", PortDirection.INITIATOR, "READ/WRITE bursts to DRAM"),
                    new PortSpec("buffer", PortDirection.INITIATOR, "READ/WRITE bursts to the on-chip buffer (writes carry sram.tileBytes);"
                            + " optional: unlinked when only plain READ/WRITE transfers arrive")),
            List.of(BYTES_MOVED, BURSTS, TRANSFERS, STALL_CYCLES, BUSY_CYCLES, BACK_PRESSURE_CYCLES));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return new DmaComponent(p.getInt("burstBytes"), p.getInt("maxOutstanding"), p.getInt("burstsPerCycle"),
                new ClockDomain("dma", p.getFrequencyHz("clock")));
    }
}
