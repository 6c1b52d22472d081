package dev.precis.accelerators.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The ANT artifact's mapper (simulator.py {@code get_conv_cycles}, optimizer.py {@code optimize_for_order}):
 * for every loop order and every power-of-two tiling ({@code b, o = ow = oh, ic, oc}, each {@code min(2^i, dim)}),
 * cost the mapping with {@link MappingEvaluator}'s rules; the fewest cycles win, ties go to the lowest
 * search energy ({@link ArtifactEnergyModel#searchEnergyNj}).
 *
 * <p>The result is the artifact's, found faster:
 * <ul>
 *   <li>exact integer arithmetic on primitives, nothing allocated per candidate;</li>
 *   <li>only the 60 orders with OW outside OH are costed: OW and OH always have the same trip count and
 *       index the same operands, so an order and its OW/OH mirror cost exactly the same;</li>
 *   <li>a tiling is skipped when its compute cycles plus the transfer of one weight and one input tile
 *       (a lower bound of any order's cycles) already exceed the best cycles found: it cannot win or tie.</li>
 * </ul>
 */
public final class MappingSearch {

    private static final int[][] ORDERS = canonicalOrders();

    private MappingSearch() {
    }

    /** The best mapping of {@code problem} on its design's dataflow, costed. */
    public static LayerResult best(LayerProblem problem) {
        return MappingEvaluator.evaluate(problem, bestMapping(problem));
    }

    /** The best mapping of {@code problem} on its design's dataflow. */
    public static Mapping bestMapping(LayerProblem problem) {
        LayerShape shape = problem.shape();
        MapperDesign design = problem.design();
        EnergyCosts costs = design.energy();
        int width = design.interfaceBitsPerCycle();
        long halfW = design.halfBufferBits(Operand.WEIGHTS);
        long halfA = design.halfBufferBits(Operand.INPUTS);
        long halfO = design.halfBufferBits(Operand.OUTPUTS);
        TileModel t = new TileModel(problem, design.dataflow());
        long[] batchSizes = powerOfTwoSizes(shape.batch());
        long[] outSizes = powerOfTwoSizes(shape.out());
        long[] icSizes = powerOfTwoSizes(shape.inChannels());
        long[] ocSizes = powerOfTwoSizes(shape.outChannels());
        long[] scratch = new long[3];

        long bestCycles = Long.MAX_VALUE;
        double bestEnergy = Double.POSITIVE_INFINITY;
        int bestOrder = -1;
        long bestB = 0;
        long bestO = 0;
        long bestIc = 0;
        long bestOc = 0;
        for (long b : batchSizes) {
            for (long o : outSizes) {
                for (long ic : icSizes) {
                    for (long oc : ocSizes) {
                        t.set(b, (int) o, (int) ic, (int) oc);
                        if (!t.fits) {
                            continue;
                        }
                        long compute = t.computeCycles;
                        long lowerBound = compute + OverlapRule.ceilDiv(t.weightTileBits + t.inputTileBits, width);
                        if (lowerBound > bestCycles) {
                            continue;
                        }
                        for (int k = 0; k < ORDERS.length; k++) {
                            int[] order = ORDERS[k];
                            long w = RefetchRule.apply(order, t.counts, t.weightTileBits, halfW, Operand.WEIGHTS, scratch);
                            long fill = scratch[RefetchRule.BLOCK];
                            long a = RefetchRule.apply(order, t.counts, t.inputTileBits, halfA, Operand.INPUTS, scratch);
                            fill += scratch[RefetchRule.BLOCK];
                            long out = RefetchRule.apply(order, t.counts, t.outputTileBits, halfO, Operand.OUTPUTS, scratch);
                            long drain = scratch[RefetchRule.DRAIN];
                            long stalls = OverlapRule.aggregateStallCycles(compute, fill, w + a + out - fill - drain, drain, width);
                            long cycles = compute + stalls;
                            if (cycles > bestCycles) {
                                continue;
                            }
                            double energy = ArtifactEnergyModel.searchEnergyNj(costs, cycles, stalls, t.weightReads, w,
                                    t.inputReads, a, out + t.outputReads, t.outputWrites, w + a, out);
                            if (cycles < bestCycles || energy < bestEnergy) {
                                bestCycles = cycles;
                                bestEnergy = energy;
                                bestOrder = k;
                                bestB = b;
                                bestO = o;
                                bestIc = ic;
                                bestOc = oc;
                            }
                        }
                    }
                }
            }
        }
        if (bestOrder < 0) {
            throw new IllegalArgumentException(shape.name() + ": no tiling fits design " + design.name()
                    + " (even one input channel of one output pixel overflows half a buffer)");
        }
        LoopDim[] dims = new LoopDim[ORDERS[bestOrder].length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = LoopDim.of(ORDERS[bestOrder][i]);
        }
        return new Mapping(LoopOrder.of(dims), new Tiling(bestB, (int) bestO, (int) bestIc, (int) bestOc),
                design.dataflow());
    }

    /**
     * The artifact's tile sizes of a dimension: {@code min(2^i, extent)} for {@code i = 0 .. ceil(log2 extent)},
     * i.e. every power of two below {@code extent}, then {@code extent} itself.
     */
    public static long[] powerOfTwoSizes(long extent) {
        if (extent <= 0) {
            throw new IllegalArgumentException("extent must be positive, got " + extent);
        }
        List<Long> sizes = new ArrayList<>();
        for (long s = 1; s < extent; s <<= 1) {
            sizes.add(s);
        }
        sizes.add(extent);
        long[] out = new long[sizes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sizes.get(i);
        }
        return out;
    }

    /** The orders costed: every order with OW nested outside OH. */
    static List<LoopOrder> costedOrders() {
        List<LoopOrder> orders = new ArrayList<>();
        for (LoopOrder o : LoopOrder.all()) {
            if (owOutsideOh(o.ordinals())) {
                orders.add(o);
            }
        }
        return orders;
    }

    private static int[][] canonicalOrders() {
        List<LoopOrder> orders = costedOrders();
        int[][] out = new int[orders.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = orders.get(i).ordinals();
        }
        return out;
    }

    private static boolean owOutsideOh(int[] order) {
        for (int d : order) {
            if (d == LoopDim.OW.ordinal()) {
                return true;
            }
            if (d == LoopDim.OH.ordinal()) {
                return false;
            }
        }
        throw new IllegalStateException("order without OW and OH");
    }
}
