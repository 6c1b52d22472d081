package dev.precis.accelerators.mapping;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The steps of a mapping in execution order, generated as they are iterated (never materialised): the loop
 * nest of the {@link Mapping} walked outermost loop first, one {@link TileStep} per tile of one copy of the
 * layer ({@link #repeats()} copies run back to back, each timed on its own).
 *
 * <p>An operand's resident block ({@link OperandTraffic#blockBits()}) is read before the first step and again
 * whenever one of its {@link OperandTraffic#refetchDepth()} outermost loops steps, that is before every step
 * at which all deeper loops are at their first iteration; the output block is written after every step at
 * which all loops deeper than its refetch depth are at their last iteration. Summed over the steps this is
 * exactly {@link RefetchRule}'s traffic, and {@link ScheduleTiming} sums it into the evaluator's figures.
 */
public final class TileSchedule implements Iterable<TileStep> {

    private final LayerProblem problem;
    private final Mapping mapping;
    private final TileCosts tile;
    private final OperandTraffic weights;
    private final OperandTraffic inputs;
    private final OperandTraffic outputs;
    private final long[] trips;
    /** innerTrips[p]: the product of the trip counts of the loops at positions p and deeper (1 past the last). */
    private final long[] innerTrips;

    private TileSchedule(LayerProblem problem, Mapping mapping) {
        this.problem = problem;
        this.mapping = mapping;
        LayerResult costed = MappingEvaluator.evaluate(problem, mapping);
        this.tile = MappingEvaluator.tileCosts(problem, mapping);
        this.weights = costed.weights();
        this.inputs = costed.inputs();
        this.outputs = costed.outputs();
        LoopOrder order = mapping.order();
        this.trips = new long[order.size()];
        for (int p = 0; p < trips.length; p++) {
            trips[p] = mapping.tiling().count(order.at(p), problem.shape());
        }
        this.innerTrips = new long[trips.length + 1];
        innerTrips[trips.length] = 1;
        for (int p = trips.length - 1; p >= 0; p--) {
            innerTrips[p] = Math.multiplyExact(innerTrips[p + 1], trips[p]);
        }
    }

    /** The schedule of {@code mapping} (which must fit the design's buffers). */
    public static TileSchedule of(LayerProblem problem, Mapping mapping) {
        return new TileSchedule(problem, mapping);
    }

    public LayerProblem problem() {
        return problem;
    }

    public Mapping mapping() {
        return mapping;
    }

    /** Per-tile figures of the tiling. */
    public TileCosts tile() {
        return tile;
    }

    /** Steps of one copy of the layer: the product of the loop trip counts. */
    public long steps() {
        return tile.tiles();
    }

    /** Copies of the layer run back to back (groups of a grouped convolution, heads x batch of an attention product). */
    public long repeats() {
        return problem.shape().repeats();
    }

    public OperandTraffic traffic(Operand operand) {
        return switch (operand) {
            case WEIGHTS -> weights;
            case INPUTS -> inputs;
            case OUTPUTS -> outputs;
        };
    }

    /**
     * The last write-back the artifact does not overlap with compute ({@link OperandTraffic#drainBits()}):
     * either the last step's output write or 0.
     */
    public long drainBits() {
        return outputs.drainBits();
    }

    /** Trip count of the loop at each nesting position, outermost first. */
    public long trip(int position) {
        return trips[position];
    }

    /**
     * The memory bits read before the steps {@code [from, to)} of one copy: what those steps'
     * {@link TileStep#readBits()} sum to, counted without walking them (a block is read at every step that is a
     * multiple of the trip product of the loops from its refetch depth inward).
     */
    public long readBits(long from, long to) {
        return weights.blockBits() * blockStarts(weights.refetchDepth(), from, to)
                + inputs.blockBits() * blockStarts(inputs.refetchDepth(), from, to);
    }

    /** The output bits written after the steps {@code [from, to)}: what their {@link TileStep#outputWriteBits()} sum to. */
    public long outputWriteBits(long from, long to) {
        return outputs.blockBits() * blockEnds(outputs.refetchDepth(), from, to);
    }

    /** Steps n in [from, to) whose loops from {@code depth} inward are all at their first iteration. */
    private long blockStarts(int depth, long from, long to) {
        long period = innerTrips[Math.min(depth, trips.length)];
        return Math.floorDiv(to - 1, period) - Math.floorDiv(from - 1, period);
    }

    /** Steps n in [from, to) whose loops from {@code depth} inward are all at their last iteration: n + 1 a multiple. */
    private long blockEnds(int depth, long from, long to) {
        long period = innerTrips[Math.min(depth, trips.length)];
        return Math.floorDiv(to, period) - Math.floorDiv(from, period);
    }

    @Override
    public Iterator<TileStep> iterator() {
        return new Steps();
    }

    private final class Steps implements Iterator<TileStep> {
        private final long[] index = new long[trips.length];
        private long next;

        @Override
        public boolean hasNext() {
            return next < steps();
        }

        @Override
        public TileStep next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next > 0) {
                advance();
            }
            long w = firstInnerIterations(weights.refetchDepth()) ? weights.blockBits() : 0;
            long a = firstInnerIterations(inputs.refetchDepth()) ? inputs.blockBits() : 0;
            long o = lastInnerIterations(outputs.refetchDepth()) ? outputs.blockBits() : 0;
            BufferAccesses buffers = new BufferAccesses(tile.weightReadBits(), w, tile.inputReadBits(), a,
                    tile.outputReadBits() + o, tile.outputWriteBits());
            return new TileStep(next++, w, a, o, tile.computeCycles(), buffers);
        }

        private void advance() {
            for (int p = index.length - 1; p >= 0; p--) {
                if (++index[p] < trips[p]) {
                    return;
                }
                index[p] = 0;
            }
        }

        private boolean firstInnerIterations(int depth) {
            for (int p = depth; p < index.length; p++) {
                if (index[p] != 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean lastInnerIterations(int depth) {
            for (int p = depth; p < index.length; p++) {
                if (index[p] != trips[p] - 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
