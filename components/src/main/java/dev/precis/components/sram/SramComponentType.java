package dev.precis.components.sram;

import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.TargetSocket;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-description of {@link SramComponent}: its parameters with their defaults, and its statistics, declared
 * once. Defaults: 128 KiB, 500 MHz, 28 nm and double buffering follow the ANT artifact's weight buffer
 * (clevercool/ANT-Quantization, ant_simulator); 8 banks of 16-byte words, 8 ports and a 1-cycle access are our
 * assumptions for a scratchpad at that clock. Energy, leakage and area come from the CACTI 7 table
 * ({@link dev.precis.components.energy.CactiSramTable}).
 */
public final class SramComponentType implements ComponentType {

    public static final ParamSpec CAPACITY = ParamSpec.optional("capacity", ParamType.BYTES, "bytes", "128 KiB",
            "total capacity (both halves when double-buffered), a multiple of banks x wordBytes").atLeast(1);
    public static final ParamSpec BANKS = ParamSpec.optional("banks", ParamType.INT, "", "8",
            "banks (CACTI's UCA banks); words interleave across them").range(1, 4096);
    public static final ParamSpec PORTS = ParamSpec.optional("ports", ParamType.INT, "", "8",
            "word accesses started per cycle, at most banks (energy is CACTI's for 1 read and 1 write port)")
            .range(1, 4096);
    public static final ParamSpec WORD_BYTES = ParamSpec.optional("wordBytes", ParamType.INT, "bytes", "16",
            "width of one bank access").range(1, 1 << 20);
    public static final ParamSpec ACCESS_LATENCY = ParamSpec.optional("accessLatency", ParamType.INT, "cycles", "1",
            "cycles per word access").range(1, 1_000_000);
    public static final ParamSpec DOUBLE_BUFFERED = ParamSpec.optional("doubleBuffered", ParamType.BOOLEAN, "",
            "true", "two ping-pong halves; a tile must fit in one");
    public static final ParamSpec TECHNOLOGY = ParamSpec.choice("technology", "28nm",
            "process node of the CACTI 7 energy/area table", "28nm", "45nm", "65nm");
    public static final ParamSpec CLOCK = ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz",
            "buffer clock").atLeast(1);
    public static final ParamSpec QUEUE_DEPTH = ParamSpec.optional("queueDepth", ParamType.INT, "requests", "16",
            "requests held before END_REQ waits (back-pressure)").range(1, 1_000_000);
    public static final ParamSpec EXTRAPOLATE = ParamSpec.optional("extrapolate", ParamType.BOOLEAN, "", "false",
            "cost a buffer outside the CACTI table's range (8 KiB..4 MiB, 64..512-bit words, 1..16 banks) by"
                    + " extending its nearest log-log segment, with a warning; otherwise such a buffer is an error");

    public static final StatSpec READS = new StatSpec("reads", "count", "word reads");
    public static final StatSpec WRITES = new StatSpec("writes", "count", "word writes");
    public static final StatSpec BYTES_READ = new StatSpec("bytesRead", "bytes", "bytes read");
    public static final StatSpec BYTES_WRITTEN = new StatSpec("bytesWritten", "bytes", "bytes written");
    public static final StatSpec BANK_CONFLICT_CYCLES = new StatSpec("bankConflictCycles", "cycles",
            "cycles word accesses waited for a busy bank");
    public static final StatSpec DYNAMIC_ENERGY = new StatSpec("energy.dynamic", "pJ",
            "read and write energy (CACTI 7 per access)");
    public static final StatSpec LEAKAGE_ENERGY = new StatSpec("energy.leakage", "pJ",
            "leakage over the run (CACTI 7 subthreshold leakage of every bank)");
    public static final StatSpec AREA = new StatSpec("area", "mm2", "array area (CACTI 7)");

    public static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor("sram",
            "banked, multi-ported on-chip SRAM buffer with double buffering, capacity checks and CACTI 7 energy",
            List.of(CAPACITY, BANKS, PORTS, WORD_BYTES, ACCESS_LATENCY, DOUBLE_BUFFERED, TECHNOLOGY, CLOCK,
                    QUEUE_DEPTH, EXTRAPOLATE),
            List.of(new PortSpec("in", PortDirection.TARGET,
                    "READ/WRITE requests (AT or LT); WRITE may carry sram.tileBytes")),
            statistics());

    private static List<StatSpec> statistics() {
        List<StatSpec> s = new ArrayList<>(List.of(READS, WRITES, BYTES_READ, BYTES_WRITTEN, BANK_CONFLICT_CYCLES,
                DYNAMIC_ENERGY, LEAKAGE_ENERGY, AREA));
        s.addAll(TargetSocket.statistics("in"));
        return s;
    }

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        return new SramComponent(SramConfig.from("sram", p));
    }
}
