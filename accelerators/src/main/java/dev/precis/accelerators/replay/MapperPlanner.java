package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.BufferAccesses;
import dev.precis.accelerators.mapping.LayerProblem;
import dev.precis.accelerators.mapping.LayerResult;
import dev.precis.accelerators.mapping.LoopOrder;
import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.accelerators.mapping.Mapping;
import dev.precis.accelerators.mapping.MappingEvaluator;
import dev.precis.accelerators.mapping.MappingSearch;
import dev.precis.accelerators.mapping.TileSchedule;
import dev.precis.accelerators.mapping.Tiling;
import dev.precis.components.pe.ComputeWork;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The ANT artifact's mapper as a planner: each layer tiled over the design's bit-brick array and double-buffered
 * buffers with the loop order and power-of-two tiling of fewest cycles, then lowest energy
 * ({@link MappingSearch}, chosen per layer), its {@link TileSchedule} turned into phases by the overlap policy,
 * one copy of the layer after another.
 */
public final class MapperPlanner implements LayerPlanner {
    private final MapperDesign design;
    private final OverlapPolicy overlap;
    private final long blockSteps;

    public MapperPlanner(MapperDesign design, OverlapPolicy overlap, long blockSteps) {
        this.design = design;
        this.overlap = overlap;
        this.blockSteps = blockSteps;
    }

    public MapperDesign design() {
        return design;
    }

    @Override
    public long peakMacsPerCycle(ReplayLayer layer) {
        return design.array().macsPerCycle(layer.precision());
    }

    @Override
    public void checkFits(ReplayLayer layer) {
        LayerProblem problem = problem(layer);
        Mapping smallest = new Mapping(LoopOrder.all().get(0), new Tiling(1, 1, 1, 1), design.dataflow());
        boolean fits;
        try {
            fits = MappingEvaluator.admits(problem, smallest);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer " + layer.name() + " (w" + layer.precision().weightBits() + " a"
                    + layer.precision().activationBits() + ") cannot run on design " + design.name() + ": " + e.getMessage(), e);
        }
        if (!fits) {
            throw new IllegalArgumentException("layer " + layer.name() + " can never fit design " + design.name()
                    + ": even a tile of one image, one output pixel, one input and one output channel overflows half of"
                    + " a buffer (weight " + design.weightBufferBytes() + " B, input " + design.inputBufferBytes()
                    + " B, output " + design.outputBufferBytes() + " B)");
        }
    }

    @Override
    public LayerPlan plan(ReplayLayer layer) {
        LayerProblem problem = problem(layer);
        Mapping mapping = MappingSearch.bestMapping(problem);
        TileSchedule schedule = TileSchedule.of(problem, mapping);
        LayerResult costed = MappingEvaluator.evaluate(problem, mapping);
        ComputeWork tile = new ComputeWork(layer.name(), schedule.tile().tileDims(), layer.precision(), design.dataflow());
        BufferAccesses b = costed.buffers();
        LayerPlan.BufferBits bits = new LayerPlan.BufferBits(b.weightReadBits(), b.weightWriteBits(), b.inputReadBits(),
                b.inputWriteBits(), b.outputReadBits(), b.outputWriteBits());
        long copies = schedule.repeats();
        Iterator<ReplayPhase> phases = new Iterator<>() {
            private long copy;
            private Iterator<ReplayPhase> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && copy < copies) {
                    copy++;
                    current = overlap.phases(schedule, tile, blockSteps);
                }
                return current.hasNext();
            }

            @Override
            public ReplayPhase next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
        return new LayerPlan(phases, bits, mapping + " x" + copies);
    }

    private LayerProblem problem(ReplayLayer layer) {
        return new LayerProblem(layer.shape(), layer.precision(), design);
    }
}
