package dev.precis.accelerators.run;

/**
 * Energy parts in pJ (report.json {@code energyPj}: static, dram, buffer, core, total): static = every
 * component's static power over the run (memory background, buffer leakage where reported); dram = the memory's
 * dynamic energy; buffer = on-chip buffer accesses; core = the compute components' leakage and dynamic energy.
 */
public record EnergyPj(double staticPj, double dram, double buffer, double core, double total) {

    public static final EnergyPj ZERO = new EnergyPj(0, 0, 0, 0, 0);

    public static EnergyPj of(double staticPj, double dram, double buffer, double core) {
        return new EnergyPj(staticPj, dram, buffer, core, staticPj + dram + buffer + core);
    }

    public EnergyPj plus(EnergyPj o) {
        return of(staticPj + o.staticPj, dram + o.dram, buffer + o.buffer, core + o.core);
    }
}
