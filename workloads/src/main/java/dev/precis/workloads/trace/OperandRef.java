package dev.precis.workloads.trace;

import dev.precis.workloads.zoo.TensorRole;

/** One operand of one layer of a trace: the layer's index and the operand's role. */
public record OperandRef(int layerIndex, TensorRole role) implements Comparable<OperandRef> {

    /** File order: by layer, then by role code. */
    @Override
    public int compareTo(OperandRef o) {
        return layerIndex != o.layerIndex ? Integer.compare(layerIndex, o.layerIndex)
                : Integer.compare(role.code(), o.role.code());
    }

    @Override
    public String toString() {
        return layerIndex + ":" + role;
    }
}
