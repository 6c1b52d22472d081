package dev.precis.workloads.tracegen;

import dev.precis.workloads.trace.TileColumns;
import dev.precis.workloads.trace.TileGrid;
import dev.precis.workloads.zoo.TensorRole;

/** All tiles of one operand of one layer, as a quantizer reports them; fields follow from the columns present. */
public record OperandTiles(TensorRole role, TileGrid grid, TileColumns columns) {

    public OperandTiles {
        if (columns.size() != grid.tiles()) {
            throw new IllegalArgumentException(role + ": " + columns.size() + " tile entries for a grid of "
                    + grid.tiles() + " tiles");
        }
    }
}
