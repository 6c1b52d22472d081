package dev.precis.workloads.trace;

/**
 * How one GEMM operand is cut into tiles. The operand is viewed as {@code groups}
 * matrices of {@code rows} x {@code cols}, with {@code cols} running along the reduction
 * dimension K (operand A: M rows; operand B: N rows, i.e. weights per output channel).
 * A tile is {@code tileRows} x {@code tileCols} values; edge tiles are smaller.
 *
 * <p>Tile index order: group, then row tile, then K tile (K fastest), so the tiles of one
 * row block arrive in reduction order, as a streaming accelerator consumes them.
 *
 * @param hoVectorLength values per high-order slice vector along K (Panacea), 0 when unused
 */
public record TileGrid(int groups, int rows, int cols, int tileRows, int tileCols, int hoVectorLength) {

    public int rowTiles() {
        return ceilDiv(rows, tileRows);
    }

    public int colTiles() {
        return ceilDiv(cols, tileCols);
    }

    public long tilesPerGroup() {
        return (long) rowTiles() * colTiles();
    }

    public long tiles() {
        return tilesPerGroup() * groups;
    }

    public TileCoordinates coordinates(long tileIndex) {
        if (tileIndex < 0 || tileIndex >= tiles()) {
            throw new IndexOutOfBoundsException("tile " + tileIndex + " of " + tiles());
        }
        long perGroup = tilesPerGroup();
        int group = (int) (tileIndex / perGroup);
        long inGroup = tileIndex % perGroup;
        int rowTile = (int) (inGroup / colTiles());
        int colTile = (int) (inGroup % colTiles());
        return new TileCoordinates(group, rowTile * tileRows, colTile * tileCols,
                Math.min(tileRows, rows - rowTile * tileRows), Math.min(tileCols, cols - colTile * tileCols));
    }

    /** Values in the tile with this index (edge tiles hold fewer). */
    public int valuesIn(long tileIndex) {
        TileCoordinates c = coordinates(tileIndex);
        return c.rowCount() * c.colCount();
    }

    /** HO slice vectors in the tile: one per started hoVectorLength values along K, per row. */
    public int hoVectorsIn(long tileIndex) {
        if (hoVectorLength <= 0) {
            return 0;
        }
        TileCoordinates c = coordinates(tileIndex);
        return c.rowCount() * ceilDiv(c.colCount(), hoVectorLength);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
