package dev.precis.accelerators.mapping;

import java.util.Iterator;

/**
 * Times a {@link TileSchedule} under an {@link OverlapRule} by streaming its steps, the reference any
 * event-driven replay of the same schedule is checked against.
 */
public final class ScheduleTiming {

    private ScheduleTiming() {
    }

    /**
     * Totals of one copy of the layer.
     *
     * @param steps          steps summed
     * @param computeCycles  sum of the steps' compute cycles
     * @param readBits       bits read from memory
     * @param writeBits      bits written to memory
     * @param fillBits       the first step's reads
     * @param drainBits      the last write-back not overlapped ({@link TileSchedule#drainBits()})
     * @param cycles         cycles under the rule
     * @param buffers        buffer accesses summed over the steps
     */
    public record Totals(long steps, long computeCycles, long readBits, long writeBits, long fillBits, long drainBits,
                         long cycles, BufferAccesses buffers) {

        public long stallCycles() {
            return cycles - computeCycles;
        }
    }

    /** Streams the schedule once and times one copy of the layer under {@code rule}. */
    public static Totals time(TileSchedule schedule, OverlapRule rule) {
        int width = schedule.problem().design().interfaceBitsPerCycle();
        long steps = 0;
        long compute = 0;
        long reads = 0;
        long writes = 0;
        long fill = 0;
        long wr = 0;
        long ww = 0;
        long ar = 0;
        long aw = 0;
        long or = 0;
        long ow = 0;
        long doubleBuffered = 0;
        long previousWrite = 0;
        TileStep current = null;
        Iterator<TileStep> it = schedule.iterator();
        while (it.hasNext()) {
            TileStep step = it.next();
            if (current == null) {
                fill = step.readBits();
                doubleBuffered = OverlapRule.ceilDiv(fill, width);
            } else {
                // While `current` computes, the interface loads `step` and writes back the step before `current`.
                doubleBuffered += Math.max(current.computeCycles(),
                        OverlapRule.ceilDiv(step.readBits() + previousWrite, width));
                previousWrite = current.outputWriteBits();
            }
            steps++;
            compute += step.computeCycles();
            reads += step.readBits();
            writes += step.outputWriteBits();
            BufferAccesses b = step.buffers();
            wr += b.weightReadBits();
            ww += b.weightWriteBits();
            ar += b.inputReadBits();
            aw += b.inputWriteBits();
            or += b.outputReadBits();
            ow += b.outputWriteBits();
            current = step;
        }
        if (current == null) {
            throw new IllegalArgumentException("empty schedule");
        }
        doubleBuffered += Math.max(current.computeCycles(), OverlapRule.ceilDiv(previousWrite, width));
        doubleBuffered += OverlapRule.ceilDiv(current.outputWriteBits(), width);
        long drain = schedule.drainBits();
        long cycles = switch (rule) {
            case LAYER_AGGREGATE -> compute
                    + OverlapRule.aggregateStallCycles(compute, fill, reads + writes - fill - drain, drain, width);
            case DOUBLE_BUFFERED -> doubleBuffered;
        };
        return new Totals(steps, compute, reads, writes, fill, drain, cycles, new BufferAccesses(wr, ww, ar, aw, or, ow));
    }
}
