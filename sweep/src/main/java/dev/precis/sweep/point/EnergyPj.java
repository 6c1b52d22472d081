package dev.precis.sweep.point;

/** A point's energy in the report's four parts and their total, pJ (the run report's {@code energyPj}). */
public record EnergyPj(double staticPj, double dram, double buffer, double core, double total) {

    public static EnergyPj of(double staticPj, double dram, double buffer, double core) {
        return new EnergyPj(staticPj, dram, buffer, core, staticPj + dram + buffer + core);
    }
}
