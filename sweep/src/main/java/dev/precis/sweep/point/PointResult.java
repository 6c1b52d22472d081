package dev.precis.sweep.point;

import java.util.Optional;

/**
 * What one evaluated point measured.
 *
 * @param cycles      total cycles of the model at the point's batch
 * @param macs        multiply-accumulates performed
 * @param clockMhz    the accelerator's clock
 * @param energyPj    the energy parts, empty when the evaluator's model has no energy (the systolic timing model)
 * @param areaMm2     silicon area, empty when the evaluator has none
 */
public record PointResult(long cycles, long macs, double clockMhz, Optional<EnergyPj> energyPj, Optional<Double> areaMm2) {

    public PointResult {
        if (cycles <= 0 || macs < 0 || !(clockMhz > 0)) {
            throw new IllegalArgumentException("a point result needs cycles > 0, macs >= 0 and a clock > 0, got "
                    + cycles + ", " + macs + ", " + clockMhz);
        }
    }

    /** Wall time of the run on the accelerator, seconds. */
    public double seconds() {
        return cycles / (clockMhz * 1e6);
    }

    /** Throughput per area: GOP/s (2 operations per MAC) per mm^2, empty without an area. */
    public Optional<Double> gopsPerMm2() {
        return areaMm2.map(a -> 2.0 * macs / seconds() / 1e9 / a);
    }
}
