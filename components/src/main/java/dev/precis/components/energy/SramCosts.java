package dev.precis.components.energy;

/**
 * Energy and area of one SRAM macro.
 *
 * @param readPjPerAccess   dynamic energy of reading one word
 * @param writePjPerAccess  dynamic energy of writing one word
 * @param leakageMw         static power of the whole macro
 * @param areaMm2           silicon area of the whole macro
 */
public record SramCosts(double readPjPerAccess, double writePjPerAccess, double leakageMw, double areaMm2) {

    /** Leakage energy of one clock cycle at {@code clockMhz}: mW x ns = pJ. */
    public double leakagePjPerCycle(double clockMhz) {
        return leakageMw * (1000.0 / clockMhz);
    }
}
