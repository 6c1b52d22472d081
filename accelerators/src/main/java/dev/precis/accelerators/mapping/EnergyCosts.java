package dev.precis.accelerators.mapping;

/**
 * A design's per-event energies in the ANT artifact's units (nJ), as its {@code EnergyTuple}
 * (simulator.py {@code get_energy_cost}: CACTI 28 nm buffers, synthesised systolic-array core).
 *
 * @param coreLeakNjPerCycle        leakage of the whole PE array per cycle
 * @param coreDynamicNjPerCycle     dynamic energy of the whole PE array per busy (non-stalled) cycle
 * @param weightReadNjPerBit        weight buffer read
 * @param weightWriteNjPerBit       weight buffer write
 * @param inputReadNjPerBit         input buffer read
 * @param inputWriteNjPerBit        input buffer write
 * @param outputReadNjPerBit        output buffer read
 * @param outputWriteNjPerBit       output buffer write
 * @param sramLeakNjPerCycle        leakage of the three buffers per cycle (counted by the mapper's search
 *                                  energy, not by the reported breakdown, as in the artifact)
 */
public record EnergyCosts(double coreLeakNjPerCycle, double coreDynamicNjPerCycle,
                          double weightReadNjPerBit, double weightWriteNjPerBit,
                          double inputReadNjPerBit, double inputWriteNjPerBit,
                          double outputReadNjPerBit, double outputWriteNjPerBit,
                          double sramLeakNjPerCycle) {

    public EnergyCosts {
        double[] all = {coreLeakNjPerCycle, coreDynamicNjPerCycle, weightReadNjPerBit, weightWriteNjPerBit,
                inputReadNjPerBit, inputWriteNjPerBit, outputReadNjPerBit, outputWriteNjPerBit, sramLeakNjPerCycle};
        for (double v : all) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("energy costs must be finite and >= 0, got " + v);
            }
        }
    }
}
