package dev.precis.components.dram.replay;

/**
 * A generated streaming trace: request i reads (or writes) address {@code i * strideBytes}
 * at cycle {@code i * intervalCycles}, for i = 0 .. count-1. This is how the sequential
 * reference traces (seq_1M_64B, seq_200k_every8) are defined, so they need no file.
 */
public final class SequentialTraceSource implements DramTraceSource {

    private final long count;
    private final long strideBytes;
    private final long intervalCycles;
    private final boolean write;
    private long index = -1;

    public SequentialTraceSource(long count, long strideBytes, long intervalCycles, boolean write) {
        if (count < 0 || strideBytes < 0 || intervalCycles < 0) {
            throw new IllegalArgumentException("count, strideBytes and intervalCycles must be >= 0");
        }
        this.count = count;
        this.strideBytes = strideBytes;
        this.intervalCycles = intervalCycles;
        this.write = write;
    }

    @Override
    public boolean advance() {
        if (index + 1 >= count) {
            index = count;
            return false;
        }
        index++;
        return true;
    }

    @Override
    public long address() {
        return index * strideBytes;
    }

    @Override
    public boolean isWrite() {
        return write;
    }

    @Override
    public long cycle() {
        return index * intervalCycles;
    }
}
