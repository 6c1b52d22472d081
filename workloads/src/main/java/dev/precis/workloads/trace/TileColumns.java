package dev.precis.workloads.trace;

import java.util.Set;

/**
 * Per-tile values in columns (one array per field, one entry per tile). Arrays of fields
 * that are not present are null. Used both for a whole operand (what a quantizer returns)
 * and for one tile block.
 */
public record TileColumns(int[] nonzero, byte[] precisionBits, int[] hoZeroVectors, int[] hoFrequentVectors,
                          int[] rleRuns, long[] rleBits) {

    public int size() {
        return nonzero.length;
    }

    public static TileColumns allocate(int tiles, Set<TileField> fields) {
        boolean ho = fields.contains(TileField.HO_SLICES);
        return new TileColumns(new int[tiles],
                fields.contains(TileField.PRECISION) ? new byte[tiles] : null,
                ho ? new int[tiles] : null, ho ? new int[tiles] : null, ho ? new int[tiles] : null,
                ho ? new long[tiles] : null);
    }

    /** The fields whose arrays are present. */
    public Set<TileField> fields() {
        Set<TileField> f = java.util.EnumSet.of(TileField.NONZERO);
        if (precisionBits != null) {
            f.add(TileField.PRECISION);
        }
        if (hoZeroVectors != null) {
            f.add(TileField.HO_SLICES);
        }
        return f;
    }

    /** Tiles [from, from + count) as a new, independent column set. */
    public TileColumns slice(int from, int count) {
        return new TileColumns(java.util.Arrays.copyOfRange(nonzero, from, from + count),
                precisionBits == null ? null : java.util.Arrays.copyOfRange(precisionBits, from, from + count),
                hoZeroVectors == null ? null : java.util.Arrays.copyOfRange(hoZeroVectors, from, from + count),
                hoFrequentVectors == null ? null : java.util.Arrays.copyOfRange(hoFrequentVectors, from, from + count),
                rleRuns == null ? null : java.util.Arrays.copyOfRange(rleRuns, from, from + count),
                rleBits == null ? null : java.util.Arrays.copyOfRange(rleBits, from, from + count));
    }

    /** Runtime precision of tile i in bits (unsigned). */
    public int precision(int i) {
        return precisionBits[i] & 0xFF;
    }
}
