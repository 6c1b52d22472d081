package dev.precis.workloads.trace;

import dev.precis.workloads.tensor.TensorRole;

/** All tiles of one operand of one layer, as a quantizer reports them; fields follow from the columns present. */
public record OperandTiles(TensorRole role, TileGrid grid, TileColumns columns) {

    public OperandTiles {
        if (columns.size() != grid.tiles()) {
            throw new IllegalArgumentException(role + ": " + columns.size() + " tile entries for a grid of "
                    + grid.tiles() + " tiles");
        }
    }
}
