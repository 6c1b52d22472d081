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
import java.util.Arrays;
import java.util.List;

/**
 * Self-description of {@link DriftDetectorComponent}. Defaults (our reconstruction; Drift's hardware is not
 * public): precisions 2, 4, 6, 8 as PAPERS.md section 3 and the workloads' DriftConfig; 128 values per cycle,
 * the activation input rate of a 32-row array of 8-bit PEs split into four 2-bit lanes, so detection keeps up
 * with the array; 8-bit comparators (Drift starts from 8-bit static codes); 7-bit outlier counters (a 64-value
 * tile's count); a 2-cycle pipeline; 500 MHz (the ANT artifact's clock).
 */
public final class DriftDetectorType implements ComponentType {
    public static final String NAME = "drift-detector";

    private static final ComponentDescriptor DESCRIPTOR = new ComponentDescriptor(NAME,
            "Drift precision detector: assigns each activation tile its runtime precision as the tile arrives",
            List.of(ParamSpec.optional("precisions", ParamType.STRING, "bits", "2,4,6,8",
                            "precisions the array supports, ascending; a tile gets the narrowest that holds its recorded precision"),
                    ParamSpec.optional("valuesPerCycle", ParamType.INT, "values", "128", "values examined per cycle").atLeast(1),
                    ParamSpec.optional("pipelineCycles", ParamType.INT, "cycles", "2", "detection latency per run").atLeast(0),
                    ParamSpec.optional("comparatorBits", ParamType.INT, "bits", "8", "width of the static codes compared").range(1, 32),
                    ParamSpec.optional("counterBits", ParamType.INT, "bits", "7", "width of each outlier counter").range(1, 32),
                    ParamSpec.optional("clock", ParamType.FREQUENCY, "Hz", "500 MHz", "detector clock"),
                    ParamSpec.optional("queueDepth", ParamType.INT, "runs", "2",
                            "runs held (detecting or waiting for the scheduler's answer) before END_REQ waits").atLeast(1)),
            List.of(new PortSpec("in", PortDirection.TARGET, "COMPUTE runs of tiles carrying drift.tiles (ActivationTiles)"),
                    new PortSpec("out", PortDirection.INITIATOR, "the same runs with drift.assigned (AssignedPrecisions), to the scheduler")),
            DriftDetectorComponent.STATISTICS);

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params p) {
        int[] precisions = parseBits(p, "precisions");
        DriftDetector model;
        try {
            model = new DriftDetector(precisions, p.getInt("valuesPerCycle"), p.getInt("pipelineCycles"),
                    p.getInt("comparatorBits"), p.getInt("counterBits"));
        } catch (IllegalArgumentException e) {
            throw p.invalid(e.getMessage());
        }
        return new DriftDetectorComponent(model, new ClockDomain(NAME, p.getFrequencyHz("clock")), p.getInt("queueDepth"));
    }

    /** A comma-separated list of bit widths. */
    static int[] parseBits(Params p, String name) {
        String text = p.getString(name);
        try {
            return Arrays.stream(text.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw p.invalid("parameter '" + name + "' = '" + text + "' is not a comma-separated list of bit widths");
        }
    }
}
