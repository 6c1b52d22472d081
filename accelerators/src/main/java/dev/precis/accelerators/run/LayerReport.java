package dev.precis.accelerators.run;

/**
 * One layer's (or the total's) figures, each from the components' statistics of the layer's run.
 *
 * @param utilization MACs per cycle over the compute components' peak at the layer's precision is not defined
 *                    for every array; here it is the fraction of cycles the array computed ({@code computeCycles / cycles})
 */
public record LayerReport(String name, long cycles, long computeCycles, long stallCycles, long macs,
                          double utilization, long dramReadBytes, long dramWriteBytes, EnergyPj energyPj) {

    /** The sum of layers (utilisation recomputed from the sums). */
    public LayerReport plus(String newName, LayerReport o) {
        long c = cycles + o.cycles;
        long cc = computeCycles + o.computeCycles;
        return new LayerReport(newName, c, cc, stallCycles + o.stallCycles, macs + o.macs, c == 0 ? 0 : (double) cc / c,
                dramReadBytes + o.dramReadBytes, dramWriteBytes + o.dramWriteBytes, energyPj.plus(o.energyPj));
    }

    public static LayerReport empty(String name) {
        return new LayerReport(name, 0, 0, 0, 0, 0, 0, 0, EnergyPj.ZERO);
    }
}
