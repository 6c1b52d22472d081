package dev.precis.workloads.quant;

/**
 * One GEMM layer under Panacea's asymmetric bit-slice scheme.
 *
 * <p>What a trace needs. Per layer: the activation descriptor ({@link #activationScale()},
 * {@link #zeroPoint()} after ZPM, {@link #loBits()} / {@link #hoBits()} split chosen by DBS), the
 * weight scales, the {@link #frequentValue()} and the compensation ({@link #compensatedVectors()},
 * {@link #compensationAdds()}), and the totals. Per tile {@code t} (row-major over the tile grid,
 * {@link #tilesK()} per tile row; coordinates {@link #tileRowStart(int)}, {@link #tileColStart(int)}):
 * counts of zero / frequent / other HO vectors, nonzero HO and LO slices, the RLE size, and the
 * run lengths: runs {@code tileRunOffset[t] .. tileRunOffset[t+1]-1} of {@link #runKinds()}
 * ({@link PanaceaConfig#VECTOR_ZERO}, {@code VECTOR_FREQUENT}, {@code VECTOR_OTHER}) and
 * {@link #runLengths()} (in vectors). A run never crosses a tile or a row.
 *
 * @param config settings used
 * @param rows M (full tensor)
 * @param cols K
 * @param outputs N (weight rows)
 * @param activationScale activation step
 * @param calibratedZeroPoint zero point from the [min, max] calibration
 * @param zeroPoint zero point after ZPM ({@code x ~ (q - zeroPoint) * scale})
 * @param loBits LO slice width ({@code q = HO * 2^loBits + LO})
 * @param hoBits HO slice width
 * @param frequentValue the most frequent HO slice value (ties: the smaller)
 * @param calibratedMse activation quantization MSE with the calibrated zero point
 * @param mse activation quantization MSE with the chosen zero point (on the calibration sample)
 * @param weightScales symmetric weight scale per output channel (one when per tensor)
 * @param weightCodes int8 weight codes, {@code [N, K]} row-major
 * @param activationCodes uint codes of the processed rows, row-major (read with {@code & 0xff})
 * @param tileRowIndex processed tile rows (indices in the full tile grid)
 * @param tilesK tiles per tile row
 * @param tileZeroVectors zero HO vectors per tile
 * @param tileFrequentVectors frequent-value HO vectors per tile
 * @param tileOtherVectors other HO vectors per tile
 * @param tileHoNonzeros nonzero HO slices per tile
 * @param tileLoNonzeros nonzero LO slices per tile
 * @param tileRleBits RLE size of the tile's HO slices in bits
 * @param tileRunOffset start of each tile's runs (length tiles + 1)
 * @param runKinds kind of each run
 * @param runLengths length of each run in vectors
 */
public record PanaceaLayerResult(PanaceaConfig config, int rows, int cols, int outputs, double activationScale,
                                 int calibratedZeroPoint, int zeroPoint, int loBits, int hoBits, int frequentValue,
                                 double calibratedMse, double mse, double[] weightScales, byte[] weightCodes,
                                 byte[] activationCodes, int[] tileRowIndex, int tilesK, short[] tileZeroVectors,
                                 short[] tileFrequentVectors, short[] tileOtherVectors, short[] tileHoNonzeros,
                                 short[] tileLoNonzeros, int[] tileRleBits, int[] tileRunOffset, byte[] runKinds,
                                 short[] runLengths) {

    /** Number of processed tiles. */
    public int tileCount() {
        return tileZeroVectors.length;
    }

    /** First row (M) of tile {@code t}. */
    public int tileRowStart(int t) {
        return tileRowIndex[t / tilesK] * config.tileRows();
    }

    /** First column (K) of tile {@code t}. */
    public int tileColStart(int t) {
        return (t % tilesK) * config.tileK();
    }

    /** Zero HO vectors of the processed rows. */
    public long zeroVectors() {
        return sum(tileZeroVectors);
    }

    /** Frequent-value HO vectors of the processed rows. */
    public long frequentVectors() {
        return sum(tileFrequentVectors);
    }

    /** Other (dense) HO vectors of the processed rows. */
    public long otherVectors() {
        return sum(tileOtherVectors);
    }

    /** All HO vectors of the processed rows. */
    public long vectors() {
        return zeroVectors() + frequentVectors() + otherVectors();
    }

    /** Share of HO vectors whose products are skipped (zero or frequent value). */
    public double skippableFraction() {
        long v = vectors();
        return v == 0 ? 0 : (double) (zeroVectors() + frequentVectors()) / v;
    }

    /** Size of the RLE-compressed HO slices in bits. */
    public long hoRleBits() {
        long s = 0;
        for (int b : tileRleBits) {
            s += b;
        }
        return s;
    }

    /** Size of the HO slices stored densely, in bits. */
    public long hoDenseBits() {
        return (long) processedRows() * cols * hoBits;
    }

    /** Size of the (dense) LO slices in bits. */
    public long loDenseBits() {
        return (long) processedRows() * cols * loBits;
    }

    /** Rows actually processed. */
    public int processedRows() {
        return activationCodes.length / cols;
    }

    /**
     * Compensation work: each skipped frequent vector contributes {@code frequentValue * 2^loBits}
     * times the sum of its K-range of weights to each of the N outputs; with those weight-vector sums
     * precomputed from the weight slices on chip, that is one add per frequent vector and output.
     */
    public long compensatedVectors() {
        return frequentValue == 0 ? 0 : frequentVectors();
    }

    /** Adds of the compensator ({@link #compensatedVectors()} x N). */
    public long compensationAdds() {
        return compensatedVectors() * outputs;
    }

    private static long sum(short[] a) {
        long s = 0;
        for (short v : a) {
            s += v;
        }
        return s;
    }
}
