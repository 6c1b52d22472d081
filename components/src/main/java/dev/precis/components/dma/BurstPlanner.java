package dev.precis.components.dma;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits a descriptor into bursts: each row is cut at DRAM addresses that are multiples of the
 * burst size, so no burst crosses a burst-aligned block (a misaligned row costs an extra burst,
 * as it does on a real memory interface). The bursts are produced one at a time, so a transfer of
 * many megabytes never holds its bursts.
 */
final class BurstPlanner {

    private BurstPlanner() {
    }

    /** The bursts of {@code d}, in order: planes, then rows, then ascending addresses within a row. */
    public static Iterator<Burst> bursts(DmaDescriptor d, int burstBytes) {
        if (burstBytes < 1) {
            throw new IllegalArgumentException("burst size must be at least 1 byte, got " + burstBytes);
        }
        return new Iterator<>() {
            private int plane;
            private int row;
            private long offset; // bytes of the current row already cut

            @Override
            public boolean hasNext() {
                return plane < d.planes();
            }

            @Override
            public Burst next() {
                if (!hasNext()) throw new NoSuchElementException();
                long dram = d.dramAddress() + plane * d.dramPlaneStride() + row * d.dramRowStride() + offset;
                long buffer = d.bufferAddress() + plane * d.bufferPlaneStride() + row * d.bufferRowStride() + offset;
                long toBoundary = burstBytes - Math.floorMod(dram, burstBytes);
                int bytes = (int) Math.min(d.rowBytes() - offset, toBoundary);
                offset += bytes;
                if (offset == d.rowBytes()) {
                    offset = 0;
                    if (++row == d.rows()) {
                        row = 0;
                        plane++;
                    }
                }
                return new Burst(dram, buffer, bytes);
            }
        };
    }

    /** Every burst of {@code d} at once (for small transfers and tests). */
    public static List<Burst> plan(DmaDescriptor d, int burstBytes) {
        List<Burst> out = new ArrayList<>();
        bursts(d, burstBytes).forEachRemaining(out::add);
        return out;
    }
}
