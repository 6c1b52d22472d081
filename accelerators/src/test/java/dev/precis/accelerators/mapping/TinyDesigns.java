package dev.precis.accelerators.mapping;

import dev.precis.components.pe.BitBrickArray;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.OperandPrecision;

/** Small designs and layers whose figures can be worked out by hand. */
final class TinyDesigns {

    /** Round per-event energies, so that hand sums stay readable. */
    static final EnergyCosts COSTS = new EnergyCosts(1, 2, 0.5, 0.25, 0.125, 0.0625, 4, 8, 16);

    private TinyDesigns() {
    }

    /** A 4x4 8/4-bit array with the given buffer sizes and a {@code width}-bit memory interface. */
    static MapperDesign design(long weightBytes, long inputBytes, long outputBytes, int width, Dataflow dataflow) {
        return new MapperDesign("tiny", BitBrickArray.of(4, 4, 8, 4), dataflow, weightBytes, inputBytes, outputBytes,
                width, 500_000_000L, COSTS);
    }

    static LayerProblem problem(LayerShape shape, int bits, MapperDesign design) {
        return new LayerProblem(shape, OperandPrecision.uniform(bits), design);
    }

    static LayerShape conv(int kernel, int out, int inChannels, int outChannels, long batch) {
        return new LayerShape("test", kernel, out, 1, inChannels, outChannels, batch, 1);
    }

    static Mapping mapping(String order, long b, int o, int ic, int oc, Dataflow dataflow) {
        return new Mapping(LoopOrder.parse(order), new Tiling(b, o, ic, oc), dataflow);
    }
}
