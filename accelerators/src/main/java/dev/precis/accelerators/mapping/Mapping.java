package dev.precis.accelerators.mapping;

import dev.precis.components.pe.Dataflow;

/** How one layer runs: the loop nest (outermost first), the tile sizes and the array's dataflow. */
public record Mapping(LoopOrder order, Tiling tiling, Dataflow dataflow) {

    public Mapping {
        if (order == null || tiling == null || dataflow == null) {
            throw new IllegalArgumentException("a mapping needs an order, a tiling and a dataflow");
        }
    }

    @Override
    public String toString() {
        return dataflow + " " + order + " b=" + tiling.batch() + " o=" + tiling.out() + " ic=" + tiling.inChannels()
                + " oc=" + tiling.outChannels();
    }
}
