package dev.precis.accelerators.run;

/**
 * One layer's (or the total's) figures, each from the components' statistics of the layer's run.
 *
 * @param utilization           MACs per cycle over the compute components' peak at the layer's precision is not
 *                              defined for every array; here it is the fraction of cycles the array computed
 *                              ({@code computeCycles / cycles})
 * @param precisionSwitches     blocks that paid a precision switch, summed over the arrays (the first block of a
 *                              layer counts when the array ended the previous layer at another precision)
 * @param precisionSwitchCycles array cycles those switches cost, summed over the arrays; already part of the
 *                              arrays' busy cycles, so of {@code computeCycles} and {@code cycles} when on the
 *                              critical path
 */
public record LayerReport(String name, long cycles, long computeCycles, long stallCycles, long macs,
                          double utilization, long dramReadBytes, long dramWriteBytes, EnergyPj energyPj,
                          long precisionSwitches, long precisionSwitchCycles) {

    /** A layer without precision switches. */
    public LayerReport(String name, long cycles, long computeCycles, long stallCycles, long macs, double utilization,
                       long dramReadBytes, long dramWriteBytes, EnergyPj energyPj) {
        this(name, cycles, computeCycles, stallCycles, macs, utilization, dramReadBytes, dramWriteBytes, energyPj, 0, 0);
    }

    /** The sum of layers (utilisation recomputed from the sums). */
    public LayerReport plus(String newName, LayerReport o) {
        long c = cycles + o.cycles;
        long cc = computeCycles + o.computeCycles;
        return new LayerReport(newName, c, cc, stallCycles + o.stallCycles, macs + o.macs, c == 0 ? 0 : (double) cc / c,
                dramReadBytes + o.dramReadBytes, dramWriteBytes + o.dramWriteBytes, energyPj.plus(o.energyPj),
                precisionSwitches + o.precisionSwitches, precisionSwitchCycles + o.precisionSwitchCycles);
    }

    /** The same figures with utilisation {@code u}. */
    public LayerReport withUtilization(double u) {
        return new LayerReport(name, cycles, computeCycles, stallCycles, macs, u, dramReadBytes, dramWriteBytes, energyPj,
                precisionSwitches, precisionSwitchCycles);
    }

    public static LayerReport empty(String name) {
        return new LayerReport(name, 0, 0, 0, 0, 0, 0, 0, EnergyPj.ZERO);
    }
}
