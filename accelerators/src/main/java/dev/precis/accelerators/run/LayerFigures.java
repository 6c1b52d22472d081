package dev.precis.accelerators.run;

import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsSnapshot;

/**
 * A layer's report from the statistics of its run, by the names the component types declare: the controller's
 * {@code cycles}, {@code macs}, {@code readBits}, {@code writeBits}, {@code bufferEnergyPj} and
 * {@code bufferLeakagePowerMw}; the arrays' {@code busyCycles} (of components that count {@code macs}: the busiest
 * array when several compute side by side); every {@code ...EnergyPj} but the buffers' (compute, detection,
 * scheduling, coding) and every {@code leakagePowerMw} as core; the memory's {@code energyPj} and
 * {@code backgroundPowerMw} (an {@code ideal-memory}), or the DRAM model's {@code energy.total} (a {@code dram}:
 * its IDD-based activate, read, write, refresh and background energy, all charged as DRAM energy) and the bytes
 * its requests carried ({@code readBytes}, {@code writeBytes}); the arrays' {@code precisionSwitches} and
 * {@code precisionSwitchCycles}, summed. Static powers are charged over the layer's cycles.
 */
final class LayerFigures {
    private LayerFigures() {
    }

    static LayerReport of(ReplayLayer layer, StatsSnapshot s, String controller, double clockHz, long peakMacsPerCycle) {
        long cycles = s.counter(controller + ".cycles");
        long compute = 0;
        double core = 0;
        for (StatValue v : s.values().values()) {
            String n = v.info().name();
            if (n.endsWith(".busyCycles") && s.values().containsKey(n.substring(0, n.length() - "busyCycles".length()) + "macs")) {
                compute = Math.max(compute, (long) v.scalar());
            }
            // computeEnergyPj, detectEnergyPj, schedulerEnergyPj, codecEnergyPj: every compute-side dynamic energy
            if (n.endsWith("EnergyPj") && !n.endsWith(".bufferEnergyPj")) core += v.scalar();
        }
        long macs = s.counter(controller + ".macs");
        double seconds = cycles / clockHz;
        double mwToPj = seconds * 1e9; // mW x s = mJ = 1e9 pJ
        double staticPj = (s.sumOf("backgroundPowerMw") + s.sumOf("bufferLeakagePowerMw")) * mwToPj;
        double dram = s.sumOf("energyPj") + s.sumOf("energy.total");
        double buffer = s.sumOf("bufferEnergyPj");
        core += s.sumOf("leakagePowerMw") * mwToPj;
        // Arrays without a MAC peak (bit-slice units) report the fraction of cycles they computed.
        double utilization = cycles == 0 ? 0 : peakMacsPerCycle > 0 ? macs / ((double) cycles * peakMacsPerCycle)
                : (double) compute / cycles;
        return new LayerReport(layer.name(), cycles, compute, Math.max(0, cycles - compute), macs, utilization,
                (memoryBits(s, controller, "read") + 7) / 8, (memoryBits(s, controller, "write") + 7) / 8,
                EnergyPj.of(staticPj, dram, buffer, core), (long) s.sumOf("precisionSwitches"),
                (long) s.sumOf("precisionSwitchCycles"));
    }

    /**
     * Bits the memory moved in {@code direction} (read or write), as it counts them (after an RLE codec compressed
     * them): an ideal memory's {@code readBits}, a DRAM's {@code readBytes}; the controller's own count when no
     * memory reports one.
     */
    private static long memoryBits(StatsSnapshot s, String controller, String direction) {
        long memory = 0;
        boolean found = false;
        for (StatValue v : s.values().values()) {
            String n = v.info().name();
            if (n.startsWith(controller + ".")) continue;
            if (n.endsWith("." + direction + "Bits")) {
                memory += (long) v.scalar();
                found = true;
            } else if (n.endsWith("." + direction + "Bytes")) {
                memory += 8 * (long) v.scalar();
                found = true;
            }
        }
        return found ? memory : s.counter(controller + "." + direction + "Bits");
    }

    /** Static figures of the design: the sum of every component's area sample. */
    static double areaMm2(StatsSnapshot s) {
        return s.sumOf("areaMm2");
    }
}
