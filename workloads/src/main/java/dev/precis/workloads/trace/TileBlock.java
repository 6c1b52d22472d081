package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;

/**
 * Per-tile records of tiles [firstTile, firstTile + size) of one operand of one layer.
 * Tile coordinates follow from the tile index and the operand's {@link TileGrid}.
 */
public record TileBlock(int layerIndex, TensorRole role, long firstTile, TileColumns columns) implements TraceRecord {

    public int tileCount() {
        return columns.size();
    }
}
