package dev.precis.accelerators.mapping;

/**
 * The ANT artifact's two energy formulas (ant_simulator/bitfusion/src/simulator/stats.py), kept apart
 * because the artifact uses one to rank mappings and the other to report.
 *
 * <ul>
 *   <li>{@link #searchEnergyNj} ({@code Stats.get_energy}): the mapper's tie-breaker between mappings of equal
 *       cycles. Counts core, buffer and DRAM leakage per cycle, core dynamic energy per busy cycle, buffer
 *       accesses and DRAM bits at 1.18294 nJ (read) and 1.47797 nJ (write) per 1024 bits.</li>
 *   <li>{@link #breakdown} ({@code Stats.get_energy_breakdown}): the reported parts. Static = DRAM background
 *       only (484.615/500 nJ per cycle); DRAM = 0.644304 (read) and 0.784104 (write) nJ per 1024 bits;
 *       buffer = accesses x per-bit energies (no leakage); core = leakage every cycle + dynamic per busy cycle.</li>
 * </ul>
 * The arithmetic follows the artifact's operation order in doubles, so that ties between mappings break
 * the same way.
 */
public final class ArtifactEnergyModel {

    /** DRAM background energy per cycle in the search energy, nJ (stats.py get_energy: 3838.05 / 500000). */
    static final double SEARCH_DRAM_LEAK_NJ_PER_CYCLE = 3838.05 / 500000;
    /** DRAM read energy per bit in the search energy, nJ (stats.py get_energy: 1.18294 / 1024). */
    static final double SEARCH_DRAM_READ_NJ_PER_BIT = 1.18294 / 1024;
    /** DRAM write energy per bit in the search energy, nJ (stats.py get_energy: 1.47797 / 1024). */
    static final double SEARCH_DRAM_WRITE_NJ_PER_BIT = 1.47797 / 1024;

    /** Static (DRAM background) energy per cycle in the reported breakdown, nJ (stats.py get_energy_breakdown: 484.615 / 500). */
    static final double REPORT_STATIC_NJ_PER_CYCLE = 484.615 / 500;
    /** DRAM read energy per bit in the reported breakdown, nJ (stats.py get_energy_breakdown: 0.644304 / 1024). */
    static final double REPORT_DRAM_READ_NJ_PER_BIT = 0.644304 / 1024;
    /** DRAM write energy per bit in the reported breakdown, nJ (stats.py get_energy_breakdown: 0.784104 / 1024). */
    static final double REPORT_DRAM_WRITE_NJ_PER_BIT = 0.784104 / 1024;

    private static final double PJ_PER_NJ = 1000.0;

    private ArtifactEnergyModel() {
    }

    /** The mapper's ranking energy, nJ. */
    public static double searchEnergyNj(LayerStats s, EnergyCosts c) {
        BufferAccesses b = s.buffers();
        return searchEnergyNj(c, s.cycles(), s.stallCycles(), b.weightReadBits(), b.weightWriteBits(),
                b.inputReadBits(), b.inputWriteBits(), b.outputReadBits(), b.outputWriteBits(),
                s.dramReadBits(), s.dramWriteBits());
    }

    /** The same, on primitives for the search's inner loop. */
    static double searchEnergyNj(EnergyCosts c, long cycles, long stalls, long weightReads, long weightWrites,
                                 long inputReads, long inputWrites, long outputReads, long outputWrites,
                                 long dramReads, long dramWrites) {
        double e = cycles * (c.coreLeakNjPerCycle() + c.sramLeakNjPerCycle() + SEARCH_DRAM_LEAK_NJ_PER_CYCLE);
        e += (cycles - stalls) * c.coreDynamicNjPerCycle();
        e += weightReads * c.weightReadNjPerBit();
        e += weightWrites * c.weightWriteNjPerBit();
        e += inputReads * c.inputReadNjPerBit();
        e += inputWrites * c.inputWriteNjPerBit();
        e += outputReads * c.outputReadNjPerBit();
        e += outputWrites * c.outputWriteNjPerBit();
        e += dramReads * SEARCH_DRAM_READ_NJ_PER_BIT;
        e += dramWrites * SEARCH_DRAM_WRITE_NJ_PER_BIT;
        return e;
    }

    /** The reported static / DRAM / buffer / core energy, in pJ. */
    public static EnergyBreakdown breakdown(LayerStats s, EnergyCosts c) {
        double core = s.cycles() * c.coreLeakNjPerCycle();
        core += (s.cycles() - s.stallCycles()) * c.coreDynamicNjPerCycle();
        BufferAccesses b = s.buffers();
        double buffer = b.weightReadBits() * c.weightReadNjPerBit();
        buffer += b.weightWriteBits() * c.weightWriteNjPerBit();
        buffer += b.inputReadBits() * c.inputReadNjPerBit();
        buffer += b.inputWriteBits() * c.inputWriteNjPerBit();
        buffer += b.outputReadBits() * c.outputReadNjPerBit();
        buffer += b.outputWriteBits() * c.outputWriteNjPerBit();
        double dram = s.dramReadBits() * REPORT_DRAM_READ_NJ_PER_BIT;
        dram += s.dramWriteBits() * REPORT_DRAM_WRITE_NJ_PER_BIT;
        double stat = s.cycles() * REPORT_STATIC_NJ_PER_CYCLE;
        return new EnergyBreakdown(stat * PJ_PER_NJ, dram * PJ_PER_NJ, buffer * PJ_PER_NJ, core * PJ_PER_NJ);
    }
}
