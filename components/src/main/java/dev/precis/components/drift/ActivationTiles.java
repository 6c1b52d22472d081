package dev.precis.components.drift;

import dev.precis.tlm.ExtensionKey;
import java.util.Arrays;

/**
 * A run of consecutive activation tiles of one layer, as the replay streams them from the trace's tile records
 * to Drift's precision detector (carried under {@link #KEY} by a COMPUTE transaction): the layer's GEMM view of
 * its activation operand ({@code groups} matrices of {@code rows x k}, reduction along k, {@code outputs}
 * columns of the product per group), the tiling, and each tile's recorded runtime precision (the trace's
 * PRECISION column). Tile index order is the trace's: group, then row tile, then K tile (K fastest).
 *
 * <p>Immutable; the precision array is copied in and never handed out.
 */
public final class ActivationTiles {
    public static final ExtensionKey<ActivationTiles> KEY = ExtensionKey.of("drift.tiles", ActivationTiles.class);

    private final String layer;
    private final int groups;
    private final long rows;
    private final long k;
    private final long outputs;
    private final int tileRows;
    private final int tileK;
    private final long firstTile;
    private final byte[] recordedBits;
    private final int staticBits;
    private final int weightBits;
    private final boolean lastOfLayer;

    /**
     * @param layer        the layer's name
     * @param groups       GEMM count of the layer (grouped convolutions, attention heads)
     * @param rows         M: rows of each group's activation matrix
     * @param k            K: the reduction length
     * @param outputs      N: output columns per group (the weight matrix's rows)
     * @param tileRows     rows per tile
     * @param tileK        values per tile along K
     * @param firstTile    index of the first tile of this run in the layer's tile order
     * @param recordedBits runtime precision of each tile of the run, bits
     * @param staticBits   the layer's static activation precision (what a static schedule runs every tile at)
     * @param weightBits   precision the layer's weights are computed at
     * @param lastOfLayer  true on the layer's last run: nothing more of the layer follows
     */
    public ActivationTiles(String layer, int groups, long rows, long k, long outputs, int tileRows, int tileK,
                           long firstTile, byte[] recordedBits, int staticBits, int weightBits, boolean lastOfLayer) {
        if (groups < 1 || rows < 1 || k < 1 || outputs < 1 || tileRows < 1 || tileK < 1) {
            throw new IllegalArgumentException("activation tiles of layer " + layer + " need positive groups, rows, k, "
                    + "outputs and tile sizes");
        }
        this.layer = layer;
        this.groups = groups;
        this.rows = rows;
        this.k = k;
        this.outputs = outputs;
        this.tileRows = tileRows;
        this.tileK = tileK;
        this.firstTile = firstTile;
        this.recordedBits = recordedBits.clone();
        this.staticBits = staticBits;
        this.weightBits = weightBits;
        this.lastOfLayer = lastOfLayer;
        long total = tilesInLayer();
        if (firstTile < 0 || firstTile + this.recordedBits.length > total || this.recordedBits.length == 0) {
            throw new IllegalArgumentException("activation tiles of layer " + layer + ": tiles " + firstTile + ".."
                    + (firstTile + this.recordedBits.length - 1) + " outside the layer's " + total + " tiles");
        }
        for (int i = 0; i < this.recordedBits.length; i++) {
            if (this.recordedBits[i] < 1 || this.recordedBits[i] > staticBits) {
                throw new IllegalArgumentException("activation tiles of layer " + layer + ": tile " + (firstTile + i)
                        + " has precision " + this.recordedBits[i] + ", outside 1.." + staticBits + " (the static precision)");
            }
        }
        if (staticBits < 1 || weightBits < 1) {
            throw new IllegalArgumentException("activation tiles of layer " + layer + ": static and weight precisions must be positive");
        }
    }

    public String layer() { return layer; }
    public int groups() { return groups; }
    public long rows() { return rows; }
    public long k() { return k; }
    public long outputs() { return outputs; }
    public int tileRows() { return tileRows; }
    public int tileK() { return tileK; }
    public long firstTile() { return firstTile; }
    public int staticBits() { return staticBits; }
    public int weightBits() { return weightBits; }
    public boolean lastOfLayer() { return lastOfLayer; }

    /** Tiles in this run. */
    public int count() {
        return recordedBits.length;
    }

    /** Recorded precision of the run's tile {@code i} (0-based within the run). */
    public int recordedBits(int i) {
        return recordedBits[i];
    }

    public long rowTiles() {
        return (rows + tileRows - 1) / tileRows;
    }

    public long kTiles() {
        return (k + tileK - 1) / tileK;
    }

    public long tilesInLayer() {
        return groups * rowTiles() * kTiles();
    }

    /** Values in the run's tile {@code i}. */
    public long values(int i) {
        return (long) rowsOf(i) * kLengthOf(i);
    }

    /** Values in the whole run. */
    public long values() {
        long v = 0;
        for (int i = 0; i < recordedBits.length; i++) v += values(i);
        return v;
    }

    /** Rows of the run's tile {@code i} (edge tiles are shorter). */
    public int rowsOf(int i) {
        long t = firstTile + i;
        long rowTile = (t % (rowTiles() * kTiles())) / kTiles();
        return (int) Math.min(tileRows, rows - rowTile * tileRows);
    }

    /** K extent of the run's tile {@code i}. */
    public int kLengthOf(int i) {
        long kTile = (firstTile + i) % kTiles();
        return (int) Math.min(tileK, k - kTile * tileK);
    }

    /**
     * The weight segment tile {@code i} multiplies: {@code group x kTiles + kTile}. Tiles of one segment share
     * the weights of one pass.
     */
    public long weightSegment(int i) {
        long t = firstTile + i;
        long group = t / (rowTiles() * kTiles());
        return group * kTiles() + t % kTiles();
    }

    @Override
    public String toString() {
        return "tiles " + layer + "[" + firstTile + "+" + recordedBits.length + "]" + (lastOfLayer ? " last" : "")
                + " " + Arrays.toString(Arrays.copyOf(recordedBits, Math.min(8, recordedBits.length)));
    }
}
