package dev.precis.components.drift;

import dev.precis.tlm.ExtensionKey;

/**
 * The runtime precision Drift's detector assigned to each tile of an {@link ActivationTiles} run (same order),
 * carried under {@link #KEY} from the detector to the scheduler. Immutable.
 */
public final class AssignedPrecisions {
    public static final ExtensionKey<AssignedPrecisions> KEY = ExtensionKey.of("drift.assigned", AssignedPrecisions.class);

    private final byte[] bits;

    public AssignedPrecisions(byte[] bits) {
        this.bits = bits.clone();
    }

    public int count() {
        return bits.length;
    }

    /** Assigned precision of tile {@code i}, bits. */
    public int bits(int i) {
        return bits[i];
    }
}
