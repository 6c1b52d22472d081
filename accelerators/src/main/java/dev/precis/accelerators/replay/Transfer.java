package dev.precis.accelerators.replay;

import dev.precis.components.pe.SliceStats;

/**
 * One transfer across the memory interface: {@code bits} read (into the buffers) or written back, with the
 * activations' slice statistics when an RLE codec on the path may compress it (else null).
 */
public record Transfer(boolean write, long bits, SliceStats slices) {
    public Transfer {
        if (bits <= 0) throw new IllegalArgumentException("a transfer moves at least one bit, got " + bits);
    }

    public Transfer(boolean write, long bits) {
        this(write, bits, null);
    }
}
