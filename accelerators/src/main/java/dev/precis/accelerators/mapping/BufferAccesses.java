package dev.precis.accelerators.mapping;

/** Bits read from and written into each on-chip buffer over a layer (the artifact's WBUF/IBUF/OBUF counters). */
public record BufferAccesses(long weightReadBits, long weightWriteBits, long inputReadBits, long inputWriteBits,
                             long outputReadBits, long outputWriteBits) {

    public static final BufferAccesses NONE = new BufferAccesses(0, 0, 0, 0, 0, 0);

    public BufferAccesses plus(BufferAccesses o) {
        return new BufferAccesses(Math.addExact(weightReadBits, o.weightReadBits),
                Math.addExact(weightWriteBits, o.weightWriteBits), Math.addExact(inputReadBits, o.inputReadBits),
                Math.addExact(inputWriteBits, o.inputWriteBits), Math.addExact(outputReadBits, o.outputReadBits),
                Math.addExact(outputWriteBits, o.outputWriteBits));
    }

    public BufferAccesses times(long factor) {
        return new BufferAccesses(Math.multiplyExact(weightReadBits, factor), Math.multiplyExact(weightWriteBits, factor),
                Math.multiplyExact(inputReadBits, factor), Math.multiplyExact(inputWriteBits, factor),
                Math.multiplyExact(outputReadBits, factor), Math.multiplyExact(outputWriteBits, factor));
    }
}
