package dev.precis.workloads.quant;

import dev.precis.workloads.numeric.AffineQuantization;
import dev.precis.workloads.tensor.FloatTensor;
import java.util.Arrays;

/**
 * Panacea's asymmetric quantization with bit-slice statistics (HPCA 2025), our reconstruction
 * (PAPERS.md section 4; the algorithm details below are ours where the paper is not public).
 *
 * <ol>
 *   <li>Weights: symmetric int8 ({@code [-127, 127]}), per output channel by default.</li>
 *   <li>Activations: asymmetric uint8 from [min, max] (widened to hold 0), rounding half up.</li>
 *   <li>DBS: the narrowest window of codes that holds {@code dbsCoverage} of the calibration values
 *       has width W; the LO slice gets {@code ceil(log2 W)} bits, clamped to [minLoBits, maxLoBits];
 *       so a layer's bulk fits one HO slice value. Without DBS the split is {@code defaultLoBits}.</li>
 *   <li>ZPM: the zero point moves by δ in {@code [-2^(L-1), 2^(L-1)]} (enough to align any bin;
 *       tried in the order 0, -1, +1, -2, ...) to maximise the share of skippable HO vectors on the
 *       calibration sample, as long as the quantization MSE grows by at most
 *       {@code zpmErrorBound * mean(x^2)} (moving the zero point clips one end of the range).</li>
 *   <li>HO slice vectors ({@code vectorLength} values along K): zero, equal to the frequent value r
 *       (the most common HO slice value of the calibration sample, r != 0), or other. Zero and
 *       frequent vectors are skipped; a frequent vector's products are replaced by the exact
 *       compensation {@code r * 2^L * sum(weights of its K range)}.</li>
 *   <li>RLE: per row segment of a tile, runs of vectors of one kind; each run costs a 2-bit kind
 *       and a {@code runLengthBits} length field (longer runs are split), and every other vector
 *       carries its HO slices densely.</li>
 * </ol>
 * Loops over values use primitive arrays only.
 */
public final class PanaceaQuantizer {
    private final PanaceaConfig config;

    public PanaceaQuantizer(PanaceaConfig config) {
        this.config = config;
    }

    /** The settings. */
    public PanaceaConfig config() {
        return config;
    }

    /**
     * Quantizes a GEMM layer.
     *
     * @param activations {@code [M, K]} (first axis M, the rest flattened into K)
     * @param weights {@code [N, K]} (output channel first)
     */
    public PanaceaLayerResult quantizeLayer(FloatTensor activations, FloatTensor weights) {
        int rows = activations.rows();
        int cols = activations.rowLength();
        if (weights.rowLength() != cols) {
            throw new IllegalArgumentException("Panacea: activations have K = " + cols + " but weights "
                    + weights + " have K = " + weights.rowLength());
        }
        float[] x = activations.values();
        int outputs = weights.rows();

        AffineQuantization wq = AffineQuantization.symmetric(config.weightBits(), weights.values(),
                config.perChannelWeights() ? outputs : 1);
        byte[] weightCodes = new byte[weights.size()];
        float[] w = weights.values();
        int perChannel = w.length / wq.channels();
        for (int i = 0; i < w.length; i++) {
            weightCodes[i] = (byte) wq.quantize(i / perChannel, w[i]);
        }

        AffineQuantization aq = AffineQuantization.asymmetric(config.activationBits(), x, 1);
        double scale = aq.scales()[0];
        int z0 = aq.zeroPoints()[0];
        int qMax = aq.qMax();

        // calibration sample: whole rows at an even stride
        int v = config.vectorLength();
        int vectorsPerRow = (cols + v - 1) / v;
        int sampleRows = (int) Math.min(rows, Math.max(1, (config.maxCalibrationVectors() + vectorsPerRow - 1L) / vectorsPerRow));
        int[] sampleRowIndex = new int[sampleRows];
        for (int i = 0; i < sampleRows; i++) {
            sampleRowIndex[i] = (int) ((long) i * rows / sampleRows);
        }
        int[] base = new int[sampleRows * cols]; // round(x / scale), before the zero point
        float[] sx = new float[sampleRows * cols];
        double meanSquare = 0;
        for (int i = 0; i < sampleRows; i++) {
            int src = sampleRowIndex[i] * cols;
            for (int k = 0; k < cols; k++) {
                float value = x[src + k];
                sx[i * cols + k] = value;
                base[i * cols + k] = (int) Math.max(-1_000_000, Math.min(1_000_000, Math.floor(value / scale + 0.5)));
                meanSquare += (double) value * value;
            }
        }
        meanSquare /= sx.length;

        int lo = config.dbs() ? dbsLoBits(base, z0, qMax) : config.defaultLoBits();
        int ho = config.activationBits() - lo;

        int[] hoHistogram = new int[1 << ho];
        Calibration calibrated = evaluate(base, sx, cols, z0, lo, qMax, scale, hoHistogram);
        Calibration best = calibrated;
        int zeroPoint = z0;
        if (config.zpm()) {
            double allowedMse = calibrated.mse + config.zpmErrorBound() * meanSquare;
            int reach = 1 << (lo - 1);
            for (int step = 1; step <= 2 * reach; step++) {
                int delta = (step % 2 == 1) ? -((step + 1) / 2) : step / 2;
                int z = z0 + delta;
                if (z < 0 || z > qMax) {
                    continue;
                }
                Calibration c = evaluate(base, sx, cols, z, lo, qMax, scale, hoHistogram);
                if (c.mse <= allowedMse && c.skippable > best.skippable) {
                    best = c;
                    zeroPoint = z;
                }
            }
        }
        int r = best.frequentValue;

        return tilePass(x, rows, cols, outputs, scale, z0, zeroPoint, lo, ho, r, calibrated.mse, best.mse,
                wq.scales(), weightCodes, qMax);
    }

    /** Calibration figures of one zero point. */
    private record Calibration(double skippable, double mse, int frequentValue) {
    }

    private Calibration evaluate(int[] base, float[] sx, int cols, int z, int lo, int qMax, double scale, int[] hoHistogram) {
        Arrays.fill(hoHistogram, 0);
        double sq = 0;
        for (int i = 0; i < base.length; i++) {
            int q = Math.max(0, Math.min(qMax, base[i] + z));
            hoHistogram[q >>> lo]++;
            double d = (q - z) * scale - sx[i];
            sq += d * d;
        }
        int r = 0;
        for (int h = 1; h < hoHistogram.length; h++) {
            if (hoHistogram[h] > hoHistogram[r]) {
                r = h;
            }
        }
        int v = config.vectorLength();
        long skippable = 0;
        long vectors = 0;
        int rowsInSample = base.length / cols;
        for (int row = 0; row < rowsInSample; row++) {
            int off = row * cols;
            for (int k0 = 0; k0 < cols; k0 += v) {
                int k1 = Math.min(cols, k0 + v);
                boolean allZero = true;
                boolean allFrequent = r != 0;
                for (int k = k0; k < k1 && (allZero || allFrequent); k++) {
                    int hoValue = Math.max(0, Math.min(qMax, base[off + k] + z)) >>> lo;
                    allZero &= hoValue == 0;
                    allFrequent &= hoValue == r;
                }
                vectors++;
                if (allZero || allFrequent) {
                    skippable++;
                }
            }
        }
        return new Calibration((double) skippable / vectors, sq / base.length, r);
    }

    /** LO width from the narrowest code window holding {@code dbsCoverage} of the sample. */
    private int dbsLoBits(int[] base, int z, int qMax) {
        int[] histogram = new int[qMax + 1];
        for (int b : base) {
            histogram[Math.max(0, Math.min(qMax, b + z))]++;
        }
        long need = (long) Math.ceil(config.dbsCoverage() * base.length);
        int width = qMax + 1;
        long inWindow = 0;
        int left = 0;
        for (int right = 0; right <= qMax; right++) {
            inWindow += histogram[right];
            while (inWindow - histogram[left] >= need) {
                inWindow -= histogram[left];
                left++;
            }
            if (inWindow >= need) {
                width = Math.min(width, right - left + 1);
            }
        }
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(0, width - 1)); // ceil(log2(width))
        return Math.max(config.minLoBits(), Math.min(config.maxLoBits(), bits));
    }

    private PanaceaLayerResult tilePass(float[] x, int rows, int cols, int outputs, double scale, int z0, int zeroPoint,
                                        int lo, int ho, int r, double calibratedMse, double mse, double[] weightScales,
                                        byte[] weightCodes, int qMax) {
        int tileRows = config.tileRows();
        int tileK = config.tileK();
        int v = config.vectorLength();
        int tileGridRows = (rows + tileRows - 1) / tileRows;
        int tilesK = (cols + tileK - 1) / tileK;
        int processed = config.maxTileRows() == 0 ? tileGridRows : Math.min(tileGridRows, config.maxTileRows());
        int[] tileRowIndex = new int[processed];
        int processedRows = 0;
        for (int i = 0; i < processed; i++) {
            tileRowIndex[i] = (int) ((long) i * tileGridRows / processed);
            processedRows += Math.min(tileRows, rows - tileRowIndex[i] * tileRows);
        }
        int tiles = processed * tilesK;
        byte[] codes = new byte[processedRows * cols];
        short[] zeroV = new short[tiles];
        short[] freqV = new short[tiles];
        short[] otherV = new short[tiles];
        short[] hoNz = new short[tiles];
        short[] loNz = new short[tiles];
        int[] rleBits = new int[tiles];
        int[] runOffset = new int[tiles + 1];
        byte[] runKinds = new byte[Math.max(16, tiles * 2)];
        short[] runLengths = new short[runKinds.length];
        int runs = 0;
        int maxRun = 1 << config.runLengthBits();
        int headerBits = 2 + config.runLengthBits();
        int loMask = (1 << lo) - 1;
        double inv = 1.0 / scale;

        int codeRow = 0;
        for (int ti = 0; ti < processed; ti++) {
            int r0 = tileRowIndex[ti] * tileRows;
            int r1 = Math.min(rows, r0 + tileRows);
            for (int row = r0; row < r1; row++) {
                int src = row * cols;
                int dst = (codeRow + row - r0) * cols;
                for (int k = 0; k < cols; k++) {
                    double q = Math.floor(x[src + k] * inv + 0.5) + zeroPoint;
                    codes[dst + k] = (byte) (int) Math.max(0, Math.min(qMax, q));
                }
            }
            for (int tk = 0; tk < tilesK; tk++) {
                int t = ti * tilesK + tk;
                runOffset[t] = runs;
                int k0 = tk * tileK;
                int k1 = Math.min(cols, k0 + tileK);
                int zeros = 0;
                int frequent = 0;
                int other = 0;
                int hoNonzero = 0;
                int loNonzero = 0;
                long bits = 0;
                for (int row = r0; row < r1; row++) {
                    int off = (codeRow + row - r0) * cols;
                    int runKind = -1;
                    int runLength = 0;
                    for (int vk = k0; vk < k1; vk += v) {
                        int vEnd = Math.min(k1, vk + v);
                        boolean allZero = true;
                        boolean allFrequent = r != 0;
                        for (int k = vk; k < vEnd; k++) {
                            int q = codes[off + k] & 0xff;
                            int hoValue = q >>> lo;
                            if (hoValue != 0) {
                                hoNonzero++;
                            }
                            if ((q & loMask) != 0) {
                                loNonzero++;
                            }
                            allZero &= hoValue == 0;
                            allFrequent &= hoValue == r;
                        }
                        int kind;
                        if (allZero) {
                            kind = PanaceaConfig.VECTOR_ZERO;
                            zeros++;
                        } else if (allFrequent) {
                            kind = PanaceaConfig.VECTOR_FREQUENT;
                            frequent++;
                        } else {
                            kind = PanaceaConfig.VECTOR_OTHER;
                            other++;
                            bits += (long) (vEnd - vk) * ho;
                        }
                        if (kind != runKind) {
                            if (runLength > 0) {
                                if (runs == runKinds.length) {
                                    runKinds = Arrays.copyOf(runKinds, runs * 2);
                                    runLengths = Arrays.copyOf(runLengths, runs * 2);
                                }
                                runKinds[runs] = (byte) runKind;
                                runLengths[runs] = (short) runLength;
                                runs++;
                                bits += (long) headerBits * ((runLength + maxRun - 1) / maxRun);
                            }
                            runKind = kind;
                            runLength = 0;
                        }
                        runLength++;
                    }
                    if (runLength > 0) {
                        if (runs == runKinds.length) {
                            runKinds = Arrays.copyOf(runKinds, runs * 2);
                            runLengths = Arrays.copyOf(runLengths, runs * 2);
                        }
                        runKinds[runs] = (byte) runKind;
                        runLengths[runs] = (short) runLength;
                        runs++;
                        bits += (long) headerBits * ((runLength + maxRun - 1) / maxRun);
                    }
                }
                zeroV[t] = (short) zeros;
                freqV[t] = (short) frequent;
                otherV[t] = (short) other;
                hoNz[t] = (short) hoNonzero;
                loNz[t] = (short) loNonzero;
                rleBits[t] = (int) bits;
            }
            codeRow += r1 - r0;
        }
        runOffset[tiles] = runs;
        return new PanaceaLayerResult(config, rows, cols, outputs, scale, z0, zeroPoint, lo, ho, r, calibratedMse, mse,
                weightScales, weightCodes, codes, tileRowIndex, tilesK, zeroV, freqV, otherV, hoNz, loNz, rleBits,
                runOffset, Arrays.copyOf(runKinds, runs), Arrays.copyOf(runLengths, runs));
    }
}
