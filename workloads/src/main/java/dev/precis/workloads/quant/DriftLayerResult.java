package dev.precis.workloads.quant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One layer's operand under Drift: static codes plus the runtime precision of every tile.
 *
 * <p>What a trace needs: per tile {@code t} (row-major over the tile grid, {@link #tilesK()} tiles
 * per tile row) its coordinates {@link #tileRowStart(int)} (M) and {@link #tileColStart(int)} (K),
 * its runtime {@link #tilePrecisionBits()}, {@link #tileNonzeros()} and {@link #tileOutliers()};
 * per layer the static descriptor ({@code staticBits}, {@code scale}, {@code signed}) and the
 * {@link #precisionHistogram()}. When the config sampled the tensor, {@link #tileRowIndex()} says
 * which tile rows of the full tensor were processed.
 *
 * @param config the settings used
 * @param rows M of the full tensor
 * @param cols K
 * @param signed static codes are two's complement (symmetric int) rather than unsigned
 * @param scale static quantization step ({@code x ~ code * scale})
 * @param tileRowIndex for each processed tile row, its index in the full tensor's tile grid
 * @param tilesK tiles per tile row ({@code ceil(K / groupSizeK)})
 * @param tilePrecisionBits runtime precision of each processed tile
 * @param tileNonzeros nonzero static codes of each tile
 * @param tileOutliers values of each tile that exceed its runtime precision's error bound
 * @param tileCounts tiles per precision of {@code config.precisions()}
 * @param valueCounts values per precision (a tile's values counted at its precision)
 * @param codes static codes of the processed rows, row-major, {@code processedRows x K}
 *     (unsigned codes stored modulo 256; read them with {@code & 0xff})
 */
public record DriftLayerResult(DriftConfig config, int rows, int cols, boolean signed, double scale,
                               int[] tileRowIndex, int tilesK, byte[] tilePrecisionBits, short[] tileNonzeros,
                               short[] tileOutliers, long[] tileCounts, long[] valueCounts, byte[] codes) {

    /** Number of processed tiles. */
    public int tileCount() {
        return tilePrecisionBits.length;
    }

    /** First row (M) of tile {@code t} in the full tensor. */
    public int tileRowStart(int t) {
        return tileRowIndex[t / tilesK] * config.tileRows();
    }

    /** First column (K) of tile {@code t}. */
    public int tileColStart(int t) {
        return (t % tilesK) * config.groupSizeK();
    }

    /** Number of values of tile {@code t} (edge tiles are smaller). */
    public int tileSize(int t) {
        int r = Math.min(config.tileRows(), rows - tileRowStart(t));
        int c = Math.min(config.groupSizeK(), cols - tileColStart(t));
        return r * c;
    }

    /** Tiles per runtime precision (bits -> tiles), ascending bits. */
    public Map<Integer, Long> precisionHistogram() {
        Map<Integer, Long> h = new LinkedHashMap<>();
        int[] p = config.precisions();
        for (int i = 0; i < p.length; i++) {
            h.put(p[i], tileCounts[i]);
        }
        return h;
    }

    /** Value-weighted mean runtime precision in bits. */
    public double meanBits() {
        int[] p = config.precisions();
        double sum = 0;
        long n = 0;
        for (int i = 0; i < p.length; i++) {
            sum += (double) p[i] * valueCounts[i];
            n += valueCounts[i];
        }
        return n == 0 ? 0 : sum / n;
    }
}
