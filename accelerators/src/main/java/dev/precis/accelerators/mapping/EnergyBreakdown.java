package dev.precis.accelerators.mapping;

/** A layer's (or model's) energy in the four parts the ANT artifact reports, in pJ. */
public record EnergyBreakdown(double staticPj, double dramPj, double bufferPj, double corePj) {

    public double totalPj() {
        return staticPj + dramPj + bufferPj + corePj;
    }
}
