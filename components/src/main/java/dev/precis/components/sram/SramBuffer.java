package dev.precis.components.sram;

import dev.precis.components.energy.CactiSramTable;
import dev.precis.components.energy.SramCosts;

/**
 * Timing, capacity checks and energy of an SRAM buffer, without any kernel dependency (the
 * kernel component wraps it). Words interleave over banks (bank = word index mod banks). Each
 * bank and each port starts one word access per cycle; the words of a request start in order, each
 * at the first cycle where a port and its bank are free. Accesses that hit a busy bank wait: bank
 * conflicts serialise, and the cycles they cost are counted.
 *
 * <p>Double buffering: the buffer is two halves; {@link #swap()} exchanges the half being filled
 * with the half being consumed. A tile must fit in one half.
 *
 * <p>Energy and area: CACTI 7's figures for one array of the buffer's capacity, word width and bank count
 * (CACTI's UCA banks) at its node, from {@link CactiSramTable}: per word read or written its dynamic energy per
 * access, over time the subthreshold leakage of all banks, and the array's area. CACTI's organisation has one
 * read and one write port; more ports are not costed.
 */
public final class SramBuffer {

    /** Which half of a double buffer a request addresses. */
    public enum Half { FILL, DRAIN }

    private final SramConfig config;
    private final CactiSramTable.Lookup cacti;
    private final SramCosts costs;
    private final long[] bankFreeCycle;
    private final long[] portFreeCycle;
    private int fillHalf;

    private long wordReads;
    private long wordWrites;
    private long bytesRead;
    private long bytesWritten;
    private long bankConflictCycles;
    private long swaps;

    public SramBuffer(SramConfig config) {
        this.config = config;
        this.cacti = config.cacti();
        this.costs = cacti.costs();
        this.bankFreeCycle = new long[config.banks()];
        this.portFreeCycle = new long[config.ports()];
    }

    /**
     * Starts a read or write of {@code bytes} at byte {@code address} (absolute in the buffer) at
     * cycle {@code startCycle}.
     *
     * @return the cycle at which the last word completes
     * @throws SramCapacityException if the range leaves the buffer
     */
    public long access(long startCycle, boolean write, long address, long bytes) {
        checkRange(address, bytes, 0, config.capacityBytes(), "");
        return issueWords(startCycle, write, address, bytes);
    }

    /**
     * Like {@link #access} but addressed within one half of a double buffer.
     *
     * @throws SramCapacityException if the range leaves that half
     */
    public long accessHalf(long startCycle, boolean write, Half half, long offset, long bytes) {
        if (!config.doubleBuffered()) {
            throw new IllegalStateException("SRAM buffer '" + config.name() + "' is not double-buffered");
        }
        long halfBytes = config.tileCapacityBytes();
        checkRange(offset, bytes, 0, halfBytes, " of its " + halfBytes + " B " + half.name().toLowerCase() + " half");
        int index = half == Half.FILL ? fillHalf : 1 - fillHalf;
        return issueWords(startCycle, write, index * halfBytes + offset, bytes);
    }

    /**
     * Checks that a tile of {@code tileBytes} fits where tiles go (a half when double-buffered).
     *
     * @throws SramCapacityException naming the buffer and both sizes when it does not
     */
    public void requireTileFits(long tileBytes) {
        if (tileBytes < 0 || tileBytes > config.tileCapacityBytes()) {
            throw new SramCapacityException("SRAM buffer '" + config.name() + "': tile of " + tileBytes
                    + " B does not fit in " + (config.doubleBuffered() ? "a half of " : "") + config.tileCapacityBytes()
                    + " B (capacity " + config.capacityBytes() + " B" + (config.doubleBuffered() ? ", double-buffered" : "")
                    + ")");
        }
    }

    /** Exchanges the fill and drain halves (ping-pong). */
    public void swap() {
        if (!config.doubleBuffered()) {
            throw new IllegalStateException("SRAM buffer '" + config.name() + "' is not double-buffered");
        }
        fillHalf = 1 - fillHalf;
        swaps++;
    }

    private void checkRange(long address, long bytes, long low, long high, String where) {
        if (bytes <= 0 || address < low || address > high - bytes) {
            throw new SramCapacityException("SRAM buffer '" + config.name() + "': request of " + bytes + " B at byte "
                    + address + " exceeds its capacity of " + (high - low) + " B" + where);
        }
    }

    private long issueWords(long startCycle, boolean write, long address, long bytes) {
        int wordBytes = config.wordBytes();
        long firstWord = address / wordBytes;
        long lastWord = (address + bytes - 1) / wordBytes;
        long previousIssue = startCycle;
        for (long w = firstWord; w <= lastWord; w++) {
            int port = earliestPort();
            long portReady = Math.max(previousIssue, portFreeCycle[port]);
            int bank = (int) (w % config.banks());
            long issue = Math.max(portReady, bankFreeCycle[bank]);
            bankConflictCycles += issue - portReady;
            bankFreeCycle[bank] = issue + 1;
            portFreeCycle[port] = issue + 1;
            previousIssue = issue;
        }
        long words = lastWord - firstWord + 1;
        if (write) {
            wordWrites += words;
            bytesWritten += bytes;
        } else {
            wordReads += words;
            bytesRead += bytes;
        }
        return previousIssue + config.accessLatencyCycles();
    }

    private int earliestPort() {
        int best = 0;
        for (int p = 1; p < portFreeCycle.length; p++) {
            if (portFreeCycle[p] < portFreeCycle[best]) {
                best = p;
            }
        }
        return best;
    }

    public SramConfig config() {
        return config;
    }

    public SramCosts costs() {
        return costs;
    }

    /** CACTI's figures behind {@link #costs()}, and what was extrapolated to get them (empty when nothing). */
    public CactiSramTable.Lookup cacti() {
        return cacti;
    }

    public long wordReads() {
        return wordReads;
    }

    public long wordWrites() {
        return wordWrites;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    /** Cycles word accesses waited for a busy bank beyond what the port limit alone imposed. */
    public long bankConflictCycles() {
        return bankConflictCycles;
    }

    public long swaps() {
        return swaps;
    }

    /** Dynamic energy of every access so far. */
    public double dynamicEnergyPj() {
        return wordReads * costs.readPjPerAccess() + wordWrites * costs.writePjPerAccess();
    }

    /** Leakage over {@code cycles} clock cycles. */
    public double leakageEnergyPj(long cycles) {
        return cycles * costs.leakagePjPerCycle(config.clockMhz());
    }
}
