package dev.precis.workloads.trace;

import java.util.EnumSet;
import java.util.Set;

/** Per-tile columns a tile block can carry; the bit values are part of the file format. */
public enum TileField {
    /** Number of values of the tile that are nonzero after quantization (unsigned 16 bits). */
    NONZERO(1),
    /** Runtime precision in bits chosen for the tile (Drift), 1..32. */
    PRECISION(2),
    /**
     * High-order bit-slice statistics of the tile (Panacea): HO vectors equal to zero, HO vectors
     * equal to the layer's frequent value, RLE runs, RLE-encoded size in bits.
     */
    HO_SLICES(4);

    private final int bit;

    TileField(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    public static int mask(Set<TileField> fields) {
        int mask = 0;
        for (TileField f : fields) {
            mask |= f.bit;
        }
        return mask;
    }

    /** Fields of a mask, or null when the mask has unknown bits or lacks NONZERO (always present). */
    public static Set<TileField> fromMask(int mask) {
        Set<TileField> fields = EnumSet.noneOf(TileField.class);
        int known = 0;
        for (TileField f : values()) {
            known |= f.bit;
            if ((mask & f.bit) != 0) {
                fields.add(f);
            }
        }
        if ((mask & ~known) != 0 || !fields.contains(NONZERO)) {
            return null;
        }
        return fields;
    }
}
