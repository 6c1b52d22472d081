package dev.precis.validation.papers;

/**
 * One model on one PE array, summed over its layers: compute cycles (each layer one output-stationary block per
 * GEMM), MACs, dynamic compute energy, the array's static power and area.
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

    public ArrayRun plus(long blockCycles, long blockMacs, double blockPj) {
        return new ArrayRun(design, model, cycles + blockCycles, macs + blockMacs, dynamicPj + blockPj, leakageMw,
                areaMm2, clockMhz);
    }

    public static ArrayRun empty(String design, String model, double leakageMw, double areaMm2) {
        return new ArrayRun(design, model, 0, 0, 0, leakageMw, areaMm2, 500);
    }
}
