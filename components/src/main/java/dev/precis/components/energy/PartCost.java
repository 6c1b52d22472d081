package dev.precis.components.energy;

/**
 * Dynamic energy of one use and silicon area of a datapath part (or of a sum of parts) at 45 nm, as
 * {@link DatapathCosts} builds them; {@link DatapathCosts#at28nm} converts a sum to the 28 nm figures the
 * PE arrays report.
 *
 * @param energyPj energy of one operation of the part, pJ at 45 nm
 * @param areaUm2  area of the part, square micrometres at 45 nm
 */
public record PartCost(double energyPj, double areaUm2) {
    public static final PartCost NONE = new PartCost(0, 0);

    public PartCost {
        if (!(energyPj >= 0) || !(areaUm2 >= 0)) {
            throw new IllegalArgumentException("part cost must be non-negative, got " + energyPj + " pJ, " + areaUm2 + " um2");
        }
    }

    public PartCost plus(PartCost other) {
        return new PartCost(energyPj + other.energyPj, areaUm2 + other.areaUm2);
    }

    /** {@code count} copies of this part (all used once). */
    public PartCost times(double count) {
        return new PartCost(energyPj * count, areaUm2 * count);
    }

    /** The same area, used without switching energy (a register whose energy the 28 nm anchor holds). */
    public PartCost areaOnly() {
        return new PartCost(0, areaUm2);
    }
}
