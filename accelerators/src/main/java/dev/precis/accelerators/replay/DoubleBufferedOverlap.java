package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.TileSchedule;
import dev.precis.accelerators.mapping.TileStep;
import dev.precis.components.pe.ComputeWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The per-step rule ({@code OverlapRule.DOUBLE_BUFFERED}), two buffer halves per operand: a step computes only
 * once its own operands are in; while step {@code i} computes, the memory loads step {@code i + 1}'s reads and
 * writes back step {@code i - 1}'s outputs. One phase per step, plus the first reads and the last write-back.
 * Never faster than {@link LayerAggregateOverlap}; each step boundary also costs its handshake.
 */
public final class DoubleBufferedOverlap implements OverlapPolicy {

    @Override
    public String policyName() {
        return "double-buffered";
    }

    @Override
    public String description() {
        return "per step: compute step i while reading step i+1 and writing back step i-1 (two halves per buffer)";
    }

    @Override
    public Iterator<ReplayPhase> phases(TileSchedule schedule, ComputeWork tile, long blockSteps) {
        Iterator<TileStep> steps = schedule.iterator();
        return new Iterator<>() {
            private TileStep computing;      // step whose compute the next phase runs
            private long writeBackBits;      // the step before it, written back in the next phase
            private boolean started;
            private boolean finished;

            @Override
            public boolean hasNext() {
                return !finished;
            }

            @Override
            public ReplayPhase next() {
                if (finished) throw new NoSuchElementException();
                if (!started) {
                    started = true;
                    computing = steps.next();
                    return ReplayPhase.transfers(transfers(computing.readBits(), 0));
                }
                if (computing == null) {
                    finished = true;
                    return ReplayPhase.transfers(transfers(0, writeBackBits));
                }
                TileStep next = steps.hasNext() ? steps.next() : null;
                ReplayPhase phase = new ReplayPhase(List.<ComputeBlock>of(new ComputeBlock.Gemm(tile)).iterator(),
                        transfers(next == null ? 0 : next.readBits(), writeBackBits));
                writeBackBits = computing.outputWriteBits();
                computing = next;
                return phase;
            }
        };
    }

    private static Iterator<Transfer> transfers(long reads, long writes) {
        List<Transfer> t = new ArrayList<>(2);
        if (reads > 0) t.add(new Transfer(false, reads));
        if (writes > 0) t.add(new Transfer(true, writes));
        return Collections.unmodifiableList(t).iterator();
    }
}
