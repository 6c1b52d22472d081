package dev.precis.accelerators.replay;

import dev.precis.components.energy.CactiSramTable;
import dev.precis.components.energy.TechnologyNode;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import java.util.List;

/**
 * Self-description of {@link ReplayControllerComponent}. Buffer sizes and per-bit energies default to the ANT
 * artifact's shared configuration (conf_*.ini: 128 KiB weight, 256 KiB input, 128 KiB output buffers; per-bit
 * energies from its CACTI 28 nm runs, {@code AntFamilyDesigns}); their leakage and area come from the shipped
 * CACTI 7 table (28 nm, 512-bit words, 32 banks as the artifact's buffers). The artifact ranks mappings with the
 * buffers' leakage but leaves it out of its reported energy: {@code reportBufferLeakage = false} does the same.
 */
public final class ReplayControllerType implements ComponentType {
    public static final String NAME = "replay-controller";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Replays a workload layer by layer: tiles it with the composition's planner and issues COMPUTE and memory "
                    + "transactions phase by phase; owns the double-buffered weight/input/output buffers",
            List.of(ParamSpec.optional("weightBuffer", ParamType.BYTES, "bytes", "128 KiB", "weight buffer, both halves").atLeast(1),
                    ParamSpec.optional("inputBuffer", ParamType.BYTES, "bytes", "256 KiB", "input buffer, both halves").atLeast(1),
                    ParamSpec.optional("outputBuffer", ParamType.BYTES, "bytes", "128 KiB", "output buffer, both halves").atLeast(1),
                    energy("weightReadPjPerBit", "3.299296875e-02", "weight buffer read"),
                    energy("weightWritePjPerBit", "3.9730859375e-02", "weight buffer write"),
                    energy("inputReadPjPerBit", "3.47046875e-02", "input buffer read"),
                    energy("inputWritePjPerBit", "4.8606640625e-02", "input buffer write"),
                    energy("outputReadPjPerBit", "9.21703125e-03", "output buffer read"),
                    energy("outputWritePjPerBit", "1.299765625e-02", "output buffer write"),
                    ParamSpec.choice("dataflow", "os", "the mapper's dataflow of a bit-brick array (os or ws; a systolic array "
                            + "also takes is)", "os", "ws", "is"),
                    ParamSpec.optional("bufferLeakagePowerMw", ParamType.DOUBLE, "mW", "-1",
                            "static power of the three buffers; negative: from the CACTI 7 table"),
                    ParamSpec.optional("bufferWordBits", ParamType.INT, "bits", "512", "buffer word width (CACTI lookup)").atLeast(8),
                    ParamSpec.optional("bufferBanks", ParamType.INT, "", "32", "banks of each buffer (CACTI lookup)").atLeast(1),
                    ParamSpec.optional("reportBufferLeakage", ParamType.BOOLEAN, "", "true",
                            "count the buffers' leakage in the reported static energy (the ANT artifact does not)"),
                    ParamSpec.optional("outputBits", ParamType.INT, "bits", "16", "bits of each output written back").range(1, 64),
                    ParamSpec.optional("blockSteps", ParamType.LONG, "steps", "4096",
                            "most tile steps merged into one COMPUTE block where the overlap rule allows").atLeast(1),
                    ParamSpec.optional("tilesPerRun", ParamType.INT, "tiles", "1024",
                            "activation tiles per COMPUTE run sent to a precision detector").atLeast(1),
                    ParamSpec.optional("computeWindow", ParamType.INT, "blocks", "2", "COMPUTE blocks outstanding at once").atLeast(1),
                    ParamSpec.optional("memoryWindow", ParamType.INT, "transfers", "4", "transfers outstanding at once").atLeast(1),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "controller clock (cycles are counted on it)")),
            List.of(ReplayControllerComponent.COMPUTE_PORT, ReplayControllerComponent.MEMORY_PORT),
            ReplayControllerComponent.statistics(),
            List.of(OverlapPolicy.SLOT));

    private static ParamSpec energy(String name, String value, String what) {
        return ParamSpec.optional(name, ParamType.DOUBLE, "pJ/bit", value, what + " energy per bit").atLeast(0);
    }

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        var energies = new ReplayControllerComponent.BufferEnergies(p.getDouble("weightReadPjPerBit"),
                p.getDouble("weightWritePjPerBit"), p.getDouble("inputReadPjPerBit"), p.getDouble("inputWritePjPerBit"),
                p.getDouble("outputReadPjPerBit"), p.getDouble("outputWritePjPerBit"));
        double leakage = 0;
        double area = 0;
        double given = p.getDouble("bufferLeakagePowerMw");
        CactiSramTable cacti = CactiSramTable.shipped();
        for (String b : new String[] {"weightBuffer", "inputBuffer", "outputBuffer"}) {
            CactiSramTable.Lookup lookup;
            try {
                lookup = cacti.lookup(TechnologyNode.NM28, p.getBytes(b), p.getInt("bufferWordBits"), p.getInt("bufferBanks"),
                        CactiSramTable.OutOfRange.EXTRAPOLATE);
            } catch (IllegalArgumentException e) {
                throw p.invalid(b + ": " + e.getMessage() + " (set bufferWordBits and bufferBanks to an organisation CACTI can build)");
            }
            leakage += lookup.leakageMw();
            area += lookup.areaMm2();
        }
        if (given >= 0) leakage = given;
        return new ReplayControllerComponent(new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("computeWindow"),
                p.getInt("memoryWindow"), energies, leakage, p.getBoolean("reportBufferLeakage"), area);
    }

    /** The planner settings of a controller's parameters, which the elaborator reads to build its planner. */
    public static long blockSteps(Params p) {
        return p.getLong("blockSteps");
    }
}
