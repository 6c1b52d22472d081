package dev.precis.components.memory;

import dev.precis.tlm.ExtensionKey;

/**
 * The exact size of a READ or WRITE in bits, carried under {@link #KEY} when the transfer is not a whole number
 * of bytes (the ANT artifact counts traffic in bits); without it a memory moves {@code sizeBytes x 8} bits.
 */
public record TransferBits(long bits) {
    public static final ExtensionKey<TransferBits> KEY = ExtensionKey.of("mem.bits", TransferBits.class);

    public TransferBits {
        if (bits < 0) throw new IllegalArgumentException("transfer bits must be >= 0, got " + bits);
    }
}
