package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.TileSchedule;
import dev.precis.components.pe.ComputeWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The ANT artifact's rule ({@code OverlapRule.LAYER_AGGREGATE}): the first step's reads (fill) complete before any
 * compute; then the array runs every step back to back while the memory streams every other transfer back to
 * back, neither waiting for the other; then the not-overlapped last write-back (drain). Three phases per copy,
 * so {@code cycles = ceil(fill / W) + max(compute, ceil(middle / W)) + ceil(drain / W)} on an
 * {@code ideal-memory}, plus the handshake of each phase boundary (the receiving component's next clock edge).
 * Steps merge into blocks of {@code blockSteps}; the middle traffic is cut at the same step boundaries.
 */
public final class LayerAggregateOverlap implements OverlapPolicy {

    @Override
    public String policyName() {
        return "layer-aggregate";
    }

    @Override
    public String description() {
        return "the ANT artifact's rule: fill, then compute and all other transfers overlapped over the layer, then drain";
    }

    @Override
    public Iterator<ReplayPhase> phases(TileSchedule schedule, ComputeWork tile, long blockSteps) {
        long steps = schedule.steps();
        long drain = schedule.drainBits();
        long fill = schedule.readBits(0, 1);
        List<ReplayPhase> phases = new ArrayList<>(3);
        if (fill > 0) {
            phases.add(ReplayPhase.transfers(List.of(new Transfer(false, fill)).iterator()));
        }
        phases.add(new ReplayPhase(new TileBlocks(tile, steps, blockSteps),
                new MiddleTraffic(schedule, steps, drain, blockSteps)));
        if (drain > 0) {
            phases.add(ReplayPhase.transfers(List.of(new Transfer(true, drain)).iterator()));
        }
        return Collections.unmodifiableList(phases).iterator();
    }

    /**
     * Every transfer but the fill and the drain, summed over runs of {@code blockSteps} steps (the first run
     * holds step 0, whose reads are the fill; the last step's write is the drain when there is one). The sums
     * come from the schedule's loop structure ({@link TileSchedule#readBits(long, long)}), not from walking its
     * steps: a batch-64 layer has millions.
     */
    private static final class MiddleTraffic implements Iterator<Transfer> {
        private final TileSchedule schedule;
        private final long stepCount;
        private final long drain;
        private final long blockSteps;
        private long at;
        private Transfer next;
        private Transfer queuedWrite;

        MiddleTraffic(TileSchedule schedule, long stepCount, long drain, long blockSteps) {
            this.schedule = schedule;
            this.stepCount = stepCount;
            this.drain = drain;
            this.blockSteps = blockSteps;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (queuedWrite != null) {
                    next = queuedWrite;
                    queuedWrite = null;
                    break;
                }
                if (at >= stepCount) return false;
                long from = at;
                long to = Math.min(stepCount, from + blockSteps);
                long reads = schedule.readBits(Math.max(from, 1), to);
                long writes = schedule.outputWriteBits(from, to);
                if (to == stepCount && drain > 0) writes -= schedule.outputWriteBits(stepCount - 1, stepCount);
                at = to;
                if (writes > 0) queuedWrite = new Transfer(true, writes);
                if (reads > 0) next = new Transfer(false, reads);
            }
            return true;
        }

        @Override
        public Transfer next() {
            if (!hasNext()) throw new NoSuchElementException();
            Transfer t = next;
            next = null;
            return t;
        }
    }
}
