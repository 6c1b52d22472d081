package dev.precis.workloads.quant;

import dev.precis.workloads.tensor.FloatTensor;

/**
 * Drift's distribution-based dynamic precision (DAC 2024), our reconstruction (PAPERS.md
 * section 3): an operand is quantized statically to {@code staticBits} per layer; each tile then
 * runs at the lowest precision p of the configured set such that, for all but
 * {@code floor(outlierFraction * tileSize)} of its values, p bits hold the static code within
 * {@code maxErrorLsb} (p-bit two's complement when the static codes are signed, unsigned otherwise;
 * a code outside the p-bit range saturates). This is what a per-tile precision detector computes
 * as data arrives.
 *
 * <p>Static quantization: symmetric two's complement when the tensor has a negative value
 * (codes in {@code [-(2^(b-1)-1), 2^(b-1)-1]}), unsigned otherwise ({@code [0, 2^b-1]}); scale from
 * max|x| unless a calibrated scale is given; rounding half up. The per-value loop allocates nothing.
 */
public final class DriftQuantizer {
    private final DriftConfig config;

    public DriftQuantizer(DriftConfig config) {
        this.config = config;
    }

    /** The settings. */
    public DriftConfig config() {
        return config;
    }

    /** Quantizes a 2-D view {@code [rows, rowLength]} of the tensor, scale from its max|x|. */
    public DriftLayerResult quantize(FloatTensor tensor) {
        return quantize(tensor, Double.NaN);
    }

    /**
     * Quantizes with a calibrated static scale (codes saturate if the data exceeds it); NaN means
     * calibrate on this tensor's max|x|.
     */
    public DriftLayerResult quantize(FloatTensor tensor, double staticScale) {
        float[] x = tensor.values();
        int rows = tensor.rows();
        int cols = tensor.rowLength();
        boolean signed = false;
        double maxAbs = 0;
        for (float v : x) {
            signed |= v < 0;
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int b = config.staticBits();
        int qMax = signed ? (1 << (b - 1)) - 1 : (1 << b) - 1;
        int qMin = signed ? -qMax : 0;
        double scale;
        if (Double.isNaN(staticScale)) {
            scale = maxAbs > 0 ? maxAbs / qMax : 1.0;
        } else if (staticScale > 0 && Double.isFinite(staticScale)) {
            scale = staticScale;
        } else {
            throw new IllegalArgumentException("Drift: static scale must be positive, got " + staticScale);
        }

        int[] precisions = config.precisions();
        // needed[q - qMin] = index of the lowest precision that holds code q within the error bound
        byte[] needed = new byte[qMax - qMin + 1];
        for (int q = qMin; q <= qMax; q++) {
            int idx = precisions.length - 1;
            for (int i = 0; i < precisions.length; i++) {
                int p = precisions[i];
                int lo = signed ? -(1 << (p - 1)) : 0;
                int hi = signed ? (1 << (p - 1)) - 1 : (1 << p) - 1;
                int err = q < lo ? lo - q : (q > hi ? q - hi : 0);
                if (err <= config.maxErrorLsb()) {
                    idx = i;
                    break;
                }
            }
            needed[q - qMin] = (byte) idx;
        }

        int tileRows = config.tileRows();
        int groupK = config.groupSizeK();
        int tileGridRows = (rows + tileRows - 1) / tileRows;
        int tilesK = (cols + groupK - 1) / groupK;
        int processed = config.maxTileRows() == 0 ? tileGridRows : Math.min(tileGridRows, config.maxTileRows());
        int[] tileRowIndex = new int[processed];
        for (int i = 0; i < processed; i++) {
            tileRowIndex[i] = (int) ((long) i * tileGridRows / processed);
        }
        int processedRows = 0;
        for (int tr : tileRowIndex) {
            processedRows += Math.min(tileRows, rows - tr * tileRows);
        }

        int tiles = processed * tilesK;
        byte[] tileBits = new byte[tiles];
        short[] tileNonzeros = new short[tiles];
        short[] tileOutliers = new short[tiles];
        long[] tileCounts = new long[precisions.length];
        long[] valueCounts = new long[precisions.length];
        byte[] codes = new byte[processedRows * cols];
        int[] neededCount = new int[precisions.length];
        double inv = 1.0 / scale;

        int codeRow = 0;
        for (int ti = 0; ti < processed; ti++) {
            int r0 = tileRowIndex[ti] * tileRows;
            int r1 = Math.min(rows, r0 + tileRows);
            // static codes of this tile row
            for (int r = r0; r < r1; r++) {
                int src = r * cols;
                int dst = (codeRow + r - r0) * cols;
                for (int k = 0; k < cols; k++) {
                    double q = Math.floor(x[src + k] * inv + 0.5);
                    int qi = (int) Math.max(qMin, Math.min(qMax, q));
                    codes[dst + k] = (byte) qi;
                }
            }
            for (int tk = 0; tk < tilesK; tk++) {
                int k0 = tk * groupK;
                int k1 = Math.min(cols, k0 + groupK);
                java.util.Arrays.fill(neededCount, 0);
                int nonzeros = 0;
                for (int r = r0; r < r1; r++) {
                    int base = (codeRow + r - r0) * cols;
                    for (int k = k0; k < k1; k++) {
                        int q = signed ? codes[base + k] : codes[base + k] & 0xff;
                        if (q != 0) {
                            nonzeros++;
                        }
                        neededCount[needed[q - qMin]]++;
                    }
                }
                int size = (r1 - r0) * (k1 - k0);
                int allowed = (int) Math.floor(config.outlierFraction() * size);
                // lowest precision i with (values needing more than precision i) <= allowed
                int above = size;
                int chosen = precisions.length - 1;
                int outliers = 0;
                for (int i = 0; i < precisions.length; i++) {
                    above -= neededCount[i];
                    if (above <= allowed) {
                        chosen = i;
                        outliers = above;
                        break;
                    }
                }
                int t = ti * tilesK + tk;
                tileBits[t] = (byte) precisions[chosen];
                tileNonzeros[t] = (short) nonzeros;
                tileOutliers[t] = (short) outliers;
                tileCounts[chosen]++;
                valueCounts[chosen] += size;
            }
            codeRow += r1 - r0;
        }
        return new DriftLayerResult(config, rows, cols, signed, scale, tileRowIndex, tilesK, tileBits, tileNonzeros,
                tileOutliers, tileCounts, valueCounts, codes);
    }
}
