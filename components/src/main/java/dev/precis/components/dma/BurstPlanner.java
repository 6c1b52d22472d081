package dev.precis.components.dma;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a descriptor into bursts: each row is cut at DRAM addresses that are multiples of the
 * burst size, so no burst crosses a burst-aligned block (a misaligned row costs an extra burst,
 * as it does on a real memory interface).
 */
final class BurstPlanner {

    private BurstPlanner() {
    }

    public static List<Burst> plan(DmaDescriptor d, int burstBytes) {
        if (burstBytes < 1) {
            throw new IllegalArgumentException("burst size must be at least 1 byte, got " + burstBytes);
        }
        List<Burst> bursts = new ArrayList<>();
        for (int p = 0; p < d.planes(); p++) {
            for (int r = 0; r < d.rows(); r++) {
                long dram = d.dramAddress() + p * d.dramPlaneStride() + r * d.dramRowStride();
                long buffer = d.bufferAddress() + p * d.bufferPlaneStride() + r * d.bufferRowStride();
                long left = d.rowBytes();
                while (left > 0) {
                    long toBoundary = burstBytes - Math.floorMod(dram, burstBytes);
                    int bytes = (int) Math.min(left, toBoundary);
                    bursts.add(new Burst(dram, buffer, bytes));
                    dram += bytes;
                    buffer += bytes;
                    left -= bytes;
                }
            }
        }
        return bursts;
    }
}
