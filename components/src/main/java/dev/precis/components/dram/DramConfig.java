package dev.precis.components.dram;

import java.util.Map;
import java.util.Objects;

/**
 * A complete DRAM configuration: standard (timing table), organisation, clock, timing
 * parameters in cycles, IDD currents and controller policy. Built by
 * {@link DramConfigFactory} from a preset or a DRAMSim3 .ini file (see {@link DramPresets}).
 *
 * @param timingCycles every named timing parameter in cycles, including the derived ones the
 *                     standards' tables read: tBL (burst cycles), RL, WL, tRC
 */
public record DramConfig(
        String name,
        String protocol,
        DramStandard standard,
        DramOrganization organization,
        double tckNs,
        Map<String, Integer> timingCycles,
        DramPower power,
        ControllerPolicy controller) {

    public DramConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(controller, "controller");
        if (!(tckNs > 0)) {
            throw new IllegalArgumentException(name + ": tCK must be positive, got " + tckNs);
        }
        timingCycles = Map.copyOf(timingCycles);
    }

    /** A timing parameter in cycles; an unknown name is an error listing the known ones. */
    public int cycles(String parameter) {
        Integer value = timingCycles.get(parameter);
        if (value == null) {
            throw new IllegalArgumentException(name + ": no timing parameter '" + parameter + "'; known: "
                    + new java.util.TreeSet<>(timingCycles.keySet()));
        }
        return value;
    }

    /** Cycles one burst occupies the data bus. */
    public int burstCycles() {
        return cycles("tBL");
    }

    /** Cycles from a READ command to the end of its data burst (RL + tBL). */
    public int readDelayCycles() {
        return cycles("RL") + burstCycles();
    }

    /** Cycles from a WRITE command to the end of its data burst (WL + tBL). */
    public int writeDelayCycles() {
        return cycles("WL") + burstCycles();
    }

    /** Clock period in picoseconds, rounded to the nearest picosecond. */
    public long tckPs() {
        return Math.round(tckNs * 1000.0);
    }

    /** Peak data bandwidth of all channels in GB/s (bytes per burst over burst time). */
    public double peakBandwidthGBps() {
        return organization.channels() * organization.requestBytes() / (burstCycles() * tckNs);
    }
}
