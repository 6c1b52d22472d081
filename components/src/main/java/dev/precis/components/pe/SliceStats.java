package dev.precis.components.pe;

import dev.precis.tlm.ExtensionKey;

/**
 * The high-order slice statistics of a block of activation tiles (Panacea's bit-slice view, the trace's
 * HO_SLICES tile fields summed over the block's tiles), carried under {@link #KEY} by COMPUTE requests to the
 * bit-slice arrays and by READ/WRITE requests through Panacea's RLE codec. Each activation value is split into
 * a low-order slice of {@code loBits} (stored and computed densely) and a high-order slice of {@code hoBits};
 * HO slices are grouped into vectors of {@code vectorLength} values along K.
 *
 * @param values          activation values of the block
 * @param vectorLength    values per HO slice vector
 * @param hoBits          width of the HO slice (the layer's DBS split)
 * @param loBits          width of the LO slice
 * @param vectors         HO slice vectors of the block
 * @param zeroVectors     HO vectors that are all zero
 * @param frequentVectors HO vectors equal to the layer's frequent nonzero HO value (0 when it has none)
 * @param rleRuns         run-length-encoding runs of the block's HO vectors
 * @param rleBits         size of the block's RLE-encoded HO slices, bits
 */
public record SliceStats(long values, int vectorLength, int hoBits, int loBits, long vectors, long zeroVectors,
                         long frequentVectors, long rleRuns, long rleBits) {
    public static final ExtensionKey<SliceStats> KEY = ExtensionKey.of("pe.slices", SliceStats.class);

    public SliceStats {
        if (values < 0 || vectorLength < 1 || hoBits < 0 || loBits < 0 || hoBits + loBits < 1 || vectors < 0
                || zeroVectors < 0 || frequentVectors < 0 || zeroVectors + frequentVectors > vectors || rleRuns < 0
                || rleRuns > vectors || rleBits < 0) {
            throw new IllegalArgumentException("inconsistent slice statistics: " + values + " values, vectors of "
                    + vectorLength + ", ho" + hoBits + "/lo" + loBits + ", " + vectors + " vectors of which " + zeroVectors
                    + " zero and " + frequentVectors + " frequent, " + rleRuns + " runs, " + rleBits + " RLE bits");
        }
        if (vectors > values) {
            throw new IllegalArgumentException("slice statistics: " + vectors + " HO vectors for only " + values + " values");
        }
    }

    /** HO vectors that are neither zero nor the frequent value: the ones whose products are computed. */
    public long otherVectors() {
        return vectors - zeroVectors - frequentVectors;
    }

    /** Bits of the values stored densely: {@code values x (hoBits + loBits)}. */
    public long denseBits() {
        return Math.multiplyExact(values, (long) hoBits + loBits);
    }

    /** Bits with the HO slices RLE-encoded and the LO slices dense: {@code values x loBits + rleBits}. */
    public long compressedBits() {
        return Math.addExact(Math.multiplyExact(values, (long) loBits), rleBits);
    }

    /** The statistics of this block and {@code other} together (same slicing). */
    public SliceStats plus(SliceStats other) {
        if (other.vectorLength != vectorLength || other.hoBits != hoBits || other.loBits != loBits) {
            throw new IllegalArgumentException("cannot add slice statistics of different slicing: " + this + " and " + other);
        }
        return new SliceStats(values + other.values, vectorLength, hoBits, loBits, vectors + other.vectors,
                zeroVectors + other.zeroVectors, frequentVectors + other.frequentVectors, rleRuns + other.rleRuns,
                rleBits + other.rleBits);
    }
}
