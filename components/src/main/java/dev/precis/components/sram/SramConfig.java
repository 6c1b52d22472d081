package dev.precis.components.sram;

import dev.precis.components.energy.TechnologyNode;

/**
 * Parameters of an on-chip SRAM buffer.
 *
 * @param name                name used in error messages and reports
 * @param capacityBytes       total capacity (both halves when double-buffered)
 * @param banks               independently accessible banks; words interleave across them
 * @param ports               word accesses the buffer can start per cycle (over all banks)
 * @param wordBytes           bytes per word: the width of one bank access
 * @param accessLatencyCycles cycles from starting a word access to its data (or write) completing
 * @param doubleBuffered      split into two halves (ping-pong): one is filled while the other is consumed
 * @param technology          process node of the energy and area table
 * @param clockMhz            clock of the buffer, converting leakage power to energy per cycle
 * @param extrapolateEnergy   cost a buffer outside the CACTI table's range by extrapolation (with a warning)
 *                            instead of refusing it
 */
public record SramConfig(String name, long capacityBytes, int banks, int ports, int wordBytes,
                         int accessLatencyCycles, boolean doubleBuffered, TechnologyNode technology,
                         double clockMhz, boolean extrapolateEnergy) {

    public SramConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("SRAM buffer needs a name");
        }
        require(name, capacityBytes > 0, "capacityBytes must be positive, got " + capacityBytes);
        require(name, banks >= 1, "banks must be at least 1, got " + banks);
        require(name, ports >= 1, "ports must be at least 1, got " + ports);
        require(name, wordBytes >= 1, "wordBytes must be at least 1, got " + wordBytes);
        require(name, accessLatencyCycles >= 1, "accessLatencyCycles must be at least 1, got " + accessLatencyCycles);
        require(name, capacityBytes % ((long) wordBytes * banks) == 0,
                "capacityBytes " + capacityBytes + " is not a multiple of banks x wordBytes = " + (long) wordBytes * banks
                        + " (rule: every bank holds the same whole number of words)");
        require(name, !doubleBuffered || (capacityBytes / wordBytes) % 2 == 0,
                "a double-buffered capacity must split into two whole-word halves, got " + capacityBytes + " B"
                        + " (rule: capacity / wordBytes is even)");
        require(name, technology != null, "technology is required");
        require(name, clockMhz > 0 && Double.isFinite(clockMhz), "clockMhz must be positive, got " + clockMhz);
    }

    /** The same without extrapolation of the CACTI table: a buffer outside its range is refused. */
    public SramConfig(String name, long capacityBytes, int banks, int ports, int wordBytes, int accessLatencyCycles,
                      boolean doubleBuffered, TechnologyNode technology, double clockMhz) {
        this(name, capacityBytes, banks, ports, wordBytes, accessLatencyCycles, doubleBuffered, technology, clockMhz,
                false);
    }

    /**
     * A single-ported-per-bank buffer like the ANT artifact's (128 KiB weight buffer etc.):
     * 500 MHz and 28 nm as in that artifact; 1-cycle access, the usual figure for on-chip
     * scratchpads at that clock (our assumption).
     */
    public static SramConfig of(String name, long capacityBytes, int banks, int wordBytes) {
        return new SramConfig(name, capacityBytes, banks, banks, wordBytes, 1, true, TechnologyNode.NM28, 500.0);
    }

    public SramConfig withName(String newName) {
        return new SramConfig(newName, capacityBytes, banks, ports, wordBytes, accessLatencyCycles, doubleBuffered,
                technology, clockMhz, extrapolateEnergy);
    }

    /** Bytes one tile may occupy: half the capacity when double-buffered. */
    public long tileCapacityBytes() {
        return doubleBuffered ? capacityBytes / 2 : capacityBytes;
    }

    private static void require(String name, boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("SRAM buffer '" + name + "': " + message);
        }
    }
}
