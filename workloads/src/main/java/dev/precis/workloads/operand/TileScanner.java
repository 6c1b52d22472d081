package dev.precis.workloads.operand;

import dev.precis.workloads.trace.TileCoordinates;
import dev.precis.workloads.trace.TileGrid;

/**
 * Walks the tiles of an operand in trace order (group, row tile, K tile) and hands each
 * tile's values to a visitor, so a quantizer adapter computes per-tile statistics without
 * dealing with im2col or tile numbering. Tiles are {@code tileRows x tileCols}; the values
 * of a tile are passed row after row ({@code rowCount} rows of {@code colCount} values).
 */
public final class TileScanner {

    /** Receives one tile: its index in the grid and its values in {@code values[0 .. count)}. */
    @FunctionalInterface
    public interface TileVisitor {
        void tile(long tileIndex, TileCoordinates coordinates, float[] values, int count);
    }

    private TileScanner() {
    }

    /** The grid of an operand for the given tile size (hoVectorLength 0 when no HO statistics are kept). */
    public static TileGrid grid(GemmOperand operand, int tileRows, int tileCols, int hoVectorLength) {
        return new TileGrid(operand.groups(), operand.rows(), operand.cols(), tileRows, tileCols, hoVectorLength);
    }

    public static void scan(GemmOperand operand, TileGrid grid, TileVisitor visitor) {
        if (grid.groups() != operand.groups() || grid.rows() != operand.rows() || grid.cols() != operand.cols()) {
            throw new IllegalArgumentException("grid " + grid + " does not match operand " + operand.groups() + " x "
                    + operand.rows() + " x " + operand.cols());
        }
        int cols = operand.cols();
        int tileRows = grid.tileRows();
        int tileCols = grid.tileCols();
        int colTiles = grid.colTiles();
        float[][] rows = new float[tileRows][cols];
        float[] tile = new float[tileRows * tileCols];
        long index = 0;
        for (int g = 0; g < operand.groups(); g++) {
            for (int r0 = 0; r0 < operand.rows(); r0 += tileRows) {
                int rowCount = Math.min(tileRows, operand.rows() - r0);
                for (int r = 0; r < rowCount; r++) {
                    operand.readRow(g, r0 + r, rows[r]);
                }
                for (int t = 0; t < colTiles; t++) {
                    int c0 = t * tileCols;
                    int colCount = Math.min(tileCols, cols - c0);
                    int n = 0;
                    for (int r = 0; r < rowCount; r++) {
                        System.arraycopy(rows[r], c0, tile, n, colCount);
                        n += colCount;
                    }
                    visitor.tile(index++, new TileCoordinates(g, r0, c0, rowCount, colCount), tile, n);
                }
            }
        }
    }
}
