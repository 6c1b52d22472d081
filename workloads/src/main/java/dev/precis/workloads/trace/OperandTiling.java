package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;
import java.util.Set;

/** Declares, in a layer record, that tile blocks follow for this operand, with this grid and these per-tile fields. */
public record OperandTiling(TensorRole role, TileGrid grid, Set<TileField> fields) {

    public OperandTiling {
        fields = Set.copyOf(fields);
    }
}
