package dev.precis.accelerators.compare;

import dev.precis.accelerators.run.EnergyPj;

/**
 * One design of a comparison: its total cycles and energy parts, and both over the baseline's.
 *
 * @param energyNorm each energy part over the baseline's <em>total</em> energy (as the ANT artifact normalises its
 *                   breakdown, so the parts of a design add up to its {@code total})
 */
public record DesignFigures(String accelerator, long cycles, EnergyPj energyPj, double cyclesNorm, EnergyPj energyNorm) {

    /** {@code cycles} and {@code energy} over the baseline's. */
    public static DesignFigures of(String accelerator, long cycles, EnergyPj energy, long baselineCycles, EnergyPj baselineEnergy) {
        if (baselineCycles <= 0) {
            throw new IllegalArgumentException("the baseline took " + baselineCycles + " cycles; nothing to normalise to");
        }
        double t = baselineEnergy.total();
        if (!(t > 0)) throw new IllegalArgumentException("the baseline's energy is " + t + " pJ; nothing to normalise to");
        EnergyPj norm = EnergyPj.of(energy.staticPj() / t, energy.dram() / t, energy.buffer() / t, energy.core() / t);
        return new DesignFigures(accelerator, cycles, energy, (double) cycles / baselineCycles, norm);
    }
}
