package dev.precis.components.energy;

/**
 * A datapath's figures at 28 nm, 500 MHz-class logic: energy of one use, area, and leakage power.
 *
 * @param energyPj  dynamic energy of one use, pJ
 * @param areaMm2   silicon area, mm^2
 * @param leakageMw static power, mW
 */
public record SiliconCost(double energyPj, double areaMm2, double leakageMw) {
    public SiliconCost plus(SiliconCost o) {
        return new SiliconCost(energyPj + o.energyPj, areaMm2 + o.areaMm2, leakageMw + o.leakageMw);
    }

    public SiliconCost times(double count) {
        return new SiliconCost(energyPj * count, areaMm2 * count, leakageMw * count);
    }
}
