package dev.precis.components.drift;

import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.SlotSpec;
import java.util.List;

/**
 * Self-description of {@link DriftSchedulerComponent}. Defaults are our reconstruction (Drift's hardware is not
 * public): a BitFusion array of 2-bit bricks (maxBits 8, minBits 2: BitFusion's own brick width, and the 2-bit
 * steps of Drift's precisions, PAPERS.md section 3), 32 rows split into 4 sub-arrays of 8 rows; queue storage
 * for 4 runs of 4096 tiles (the trace's tile-block size), 4 bits per tile (a run's tiles are consecutive, so
 * an entry needs only a precision code and a valid bit; the run's geometry is kept once per run). The storage
 * is costed as registers, which overstates its area and leakage against an SRAM macro; 2 passes in flight per
 * sub-array (ACCEL_CONTRACT.md's queue depth, so a sub-array never waits for its next pass); one cycle to
 * issue a pass; 500 MHz. The sub-array geometry here must match the PE-array components on {@code out<i>}.
 */
public final class DriftSchedulerType implements ComponentType {
    public static final String NAME = "drift-scheduler";
    static final String INITIAL_BITS = "initialSubArrayBits";

    /** The scheduling policy slot. */
    public static final SlotSpec<DriftSchedulingPolicy> POLICY = new SlotSpec<>("policy", DriftSchedulingPolicy.class,
            "drift-packing", "how queued tiles become passes on the sub-arrays");

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Drift online scheduler: queues detected tiles by precision and packs them onto the flexible array's sub-arrays",
            List.of(ParamSpec.optional("subArrays", ParamType.INT, "", "4", "sub-arrays, one per out<i> port").range(1, 256),
                    ParamSpec.optional("subArrayRows", ParamType.INT, "PEs", "8", "rows of each sub-array").atLeast(1),
                    ParamSpec.optional("maxBits", ParamType.INT, "bits", "8", "the sub-arrays' widest operand (pmax)").range(1, 32),
                    ParamSpec.optional("minBits", ParamType.INT, "bits", "2", "the sub-arrays' brick width (pmin)").range(1, 32),
                    ParamSpec.optional("queueTiles", ParamType.INT, "tiles", "16384", "tiles the queue storage holds").atLeast(1),
                    ParamSpec.optional("descriptorBits", ParamType.INT, "bits", "4", "bits stored per queued tile").range(1, 256),
                    ParamSpec.optional("passesInFlight", ParamType.INT, "passes", "2", "passes a sub-array may hold").atLeast(1),
                    ParamSpec.optional("dispatchCycles", ParamType.LONG, "cycles", "1", "cycles to issue a pass").atLeast(0),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "scheduler clock"),
                    ParamSpec.optional("queueDepth", ParamType.INT, "runs", "4",
                            "runs held (queued or computing) before END_REQ waits").atLeast(1),
                    ParamSpec.optional(INITIAL_BITS, ParamType.STRING, "bits", "none",
                            "activation precision each sub-array is configured for when the run starts, comma-separated "
                                    + "in out<i> order (0: unconfigured; none: all unconfigured); precis run carries the "
                                    + "previous layer's finalSubArrayBits.<i> here, as it carries the sub-arrays' own")),
            List.of(new PortSpec("in", PortDirection.TARGET,
                            "COMPUTE runs with drift.tiles and drift.assigned; answered when their tiles are computed"),
                    new PortSpec("out[i]", PortDirection.INITIATOR,
                            "out0 .. out<subArrays-1>: COMPUTE blocks (pe.work, output stationary), one per pass, to sub-array i")),
            DriftSchedulerComponent.STATISTICS,
            List.of(POLICY));

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        DriftSchedulingPolicy policy = p.policy(POLICY);
        DriftScheduler model;
        try {
            DriftScheduler.Geometry g = new DriftScheduler.Geometry(p.getInt("subArrays"), p.getInt("subArrayRows"),
                    p.getInt("maxBits"), p.getInt("minBits"));
            model = new DriftScheduler(g, policy, p.getInt("queueTiles"), p.getInt("descriptorBits"),
                    initialBits(p.getString(INITIAL_BITS), g.subArrays()));
        } catch (IllegalArgumentException e) {
            throw p.invalid(e.getMessage());
        }
        return new DriftSchedulerComponent(model, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"),
                p.getInt("passesInFlight"), p.getLong("dispatchCycles"));
    }

    /** "none", or one whole number per sub-array; the scheduler checks their range. */
    private static int[] initialBits(String text, int subArrays) {
        if (text.equals("none")) return new int[subArrays];
        String[] parts = text.split(",", -1);
        if (parts.length != subArrays) {
            throw new IllegalArgumentException(INITIAL_BITS + " '" + text + "' lists " + parts.length
                    + " precisions for " + subArrays + " sub-arrays");
        }
        int[] bits = new int[subArrays];
        for (int i = 0; i < subArrays; i++) {
            try {
                bits[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(INITIAL_BITS + " '" + text + "': '" + parts[i].trim()
                        + "' is not a whole number of bits");
            }
        }
        return bits;
    }
}
