package dev.precis.validation.papers;

/**
 * One model on one PE array, summed over its layers: compute cycles (the busy cycles of its blocks, each layer
 * one output-stationary block per GEMM), MACs, dynamic compute energy, the array's static power and area.
 */
public record ArrayRun(String design, String model, long cycles, long macs, double dynamicPj, double leakageMw,
                       double areaMm2, double clockMhz) {

    /** Dynamic energy plus static power over the run, pJ (mW x ps = 1e-3 pJ). */
    public double energyPj() {
        return dynamicPj + leakageMw * cycles * (1e6 / clockMhz) * 1e-3;
    }

    /** MACs per cycle per mm2: performance per area at a common clock. */
    public double perfPerArea() {
        return macs / (double) cycles / areaMm2;
    }

    /** MACs per pJ. */
    public double energyEfficiency() {
        return macs / energyPj();
    }

}
