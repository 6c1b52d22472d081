package dev.precis.accelerators.mapping;

/**
 * The event counts of a layer (or of several summed), from which every energy figure follows.
 *
 * @param cycles        total cycles
 * @param computeCycles cycles the array computes
 * @param stallCycles   cycles the array waits for memory ({@code cycles - computeCycles})
 * @param macs          multiply-accumulates
 * @param dramReadBits  bits read over the memory interface
 * @param dramWriteBits bits written over the memory interface
 * @param buffers       on-chip buffer accesses
 */
public record LayerStats(long cycles, long computeCycles, long stallCycles, long macs, long dramReadBits,
                         long dramWriteBits, BufferAccesses buffers) {

    public static final LayerStats ZERO = new LayerStats(0, 0, 0, 0, 0, 0, BufferAccesses.NONE);

    public LayerStats {
        if (cycles != computeCycles + stallCycles) {
            throw new IllegalArgumentException("cycles " + cycles + " != compute " + computeCycles + " + stall " + stallCycles);
        }
    }

    public LayerStats plus(LayerStats o) {
        return new LayerStats(Math.addExact(cycles, o.cycles), Math.addExact(computeCycles, o.computeCycles),
                Math.addExact(stallCycles, o.stallCycles), Math.addExact(macs, o.macs),
                Math.addExact(dramReadBits, o.dramReadBits), Math.addExact(dramWriteBits, o.dramWriteBits),
                buffers.plus(o.buffers));
    }

    /** {@code factor} copies run one after the other. */
    public LayerStats times(long factor) {
        return new LayerStats(Math.multiplyExact(cycles, factor), Math.multiplyExact(computeCycles, factor),
                Math.multiplyExact(stallCycles, factor), Math.multiplyExact(macs, factor),
                Math.multiplyExact(dramReadBits, factor), Math.multiplyExact(dramWriteBits, factor),
                buffers.times(factor));
    }

    public double dramReadBytes() {
        return dramReadBits / 8.0;
    }

    public double dramWriteBytes() {
        return dramWriteBits / 8.0;
    }
}
