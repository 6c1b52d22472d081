package dev.precis.components.energy;

import java.util.List;

/**
 * Per-bit SRAM access energy, leakage and area by capacity, at 28 nm and 45 nm.
 *
 * <p>Model: an access of a w-bit word costs w times the per-bit energy of the macro's capacity.
 * Per-bit energy is interpolated as a power law of capacity (linear in log-log) between table
 * points, and extrapolated from the nearest segment outside them. Leakage is proportional to capacity; area is
 * bits x cell area / array efficiency.
 *
 * <p>Sources, per figure:
 * <ul>
 *   <li>28 nm energies: CACTI per-bit figures of the ANT artifact (clevercool/ANT-Quantization,
 *       ant_simulator, 28 nm, as dumped in its energy_costs.json): weight buffer 128 KiB read
 *       3.299296875e-05 nJ/bit, write 3.9730859375e-05 nJ/bit; input buffer 256 KiB read
 *       3.47046875e-05 nJ/bit, write 4.8606640625e-05 nJ/bit.</li>
 *   <li>28 nm leakage: the same artifact charges 0.803257344 nJ of SRAM leakage per 500 MHz cycle
 *       for its 512 KiB of buffers (128 + 256 + 128 KiB), i.e. 0.7844 mW per KiB.</li>
 *   <li>45 nm energies: M. Horowitz, "Computing's energy problem (and what we can do about it)",
 *       ISSCC 2014: 64-bit reads of 10 pJ (8 KiB), 20 pJ (32 KiB) and 100 pJ (1 MiB) at 45 nm.
 *       These are not CACTI outputs; writes are taken equal to reads (Horowitz gives reads only).</li>
 *   <li>45 nm leakage: no public per-KiB figure at hand; we reuse the 28 nm figure per KiB. This is our
 *       assumption; override it through the buffer's parameters when you have a CACTI run.</li>
 *   <li>Cell areas: 0.346 um^2 6T cell of Intel's 45 nm process (K. Mistry et al., IEDM 2007);
 *       0.127 um^2 high-density 6T cell announced for TSMC's 28 nm process (2009). Array efficiency
 *       0.7 (cells over macro area) is our assumption, typical of CACTI's large-array outputs.</li>
 * </ul>
 */
public final class SramEnergyTable {

    /** One measured point: capacity and per-bit read/write energies. */
    record Point(long capacityBytes, double readPjPerBit, double writePjPerBit) {
    }

    private static final List<Point> NM28 = List.of(
            new Point(128 * 1024L, 3.299296875e-05 * 1000, 3.9730859375e-05 * 1000),
            new Point(256 * 1024L, 3.47046875e-05 * 1000, 4.8606640625e-05 * 1000));

    private static final List<Point> NM45 = List.of(
            new Point(8 * 1024L, 10.0 / 64, 10.0 / 64),
            new Point(32 * 1024L, 20.0 / 64, 20.0 / 64),
            new Point(1024 * 1024L, 100.0 / 64, 100.0 / 64));

    /** ANT artifact: 0.803257344 nJ per cycle at 500 MHz over 512 KiB of SRAM. */
    private static final double LEAKAGE_MW_PER_KIB = 0.803257344 * 500.0 / 512.0;

    private static final double CELL_UM2_28NM = 0.127;
    private static final double CELL_UM2_45NM = 0.346;
    private static final double ARRAY_EFFICIENCY = 0.7;

    private SramEnergyTable() {
    }

    /** Costs of a macro of {@code capacityBytes} read and written {@code wordBits} at a time. */
    public static SramCosts costs(TechnologyNode node, long capacityBytes, int wordBits) {
        if (capacityBytes <= 0 || wordBits <= 0) {
            throw new IllegalArgumentException("SRAM costs need a positive capacity and word width, got "
                    + capacityBytes + " B and " + wordBits + " bits");
        }
        List<Point> table = node == TechnologyNode.NM28 ? NM28 : NM45;
        double read = interpolate(table, capacityBytes, true);
        double write = interpolate(table, capacityBytes, false);
        double kib = capacityBytes / 1024.0;
        double cellUm2 = node == TechnologyNode.NM28 ? CELL_UM2_28NM : CELL_UM2_45NM;
        double areaMm2 = capacityBytes * 8.0 * cellUm2 / ARRAY_EFFICIENCY / 1e6;
        return new SramCosts(read * wordBits, write * wordBits, LEAKAGE_MW_PER_KIB * kib, areaMm2);
    }

    private static double interpolate(List<Point> table, long capacityBytes, boolean read) {
        double x = Math.log(capacityBytes);
        int i = 0;
        while (i < table.size() - 2 && capacityBytes > table.get(i + 1).capacityBytes()) {
            i++;
        }
        Point a = table.get(i);
        Point b = table.get(i + 1);
        double xa = Math.log(a.capacityBytes());
        double xb = Math.log(b.capacityBytes());
        double ya = read ? a.readPjPerBit() : a.writePjPerBit();
        double yb = read ? b.readPjPerBit() : b.writePjPerBit();
        double slope = (Math.log(yb) - Math.log(ya)) / (xb - xa);
        return Math.exp(Math.log(ya) + slope * (x - xa));
    }
}
