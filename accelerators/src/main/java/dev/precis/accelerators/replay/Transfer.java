package dev.precis.accelerators.replay;

/** One transfer across the memory interface: {@code bits} read (into the buffers) or written back. */
public record Transfer(boolean write, long bits) {
    public Transfer {
        if (bits <= 0) throw new IllegalArgumentException("a transfer moves at least one bit, got " + bits);
    }
}
