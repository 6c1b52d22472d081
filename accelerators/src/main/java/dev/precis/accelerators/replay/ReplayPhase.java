package dev.precis.accelerators.replay;

import java.util.Collections;
import java.util.Iterator;

/**
 * Work that may run at the same time: compute blocks (served one after another by the array) and memory
 * transfers (served one after another by the memory), each stream generated as it is issued. The replay starts
 * the next phase once every block and transfer of this one is answered, so a phase boundary is where compute
 * waits for data or data waits for compute.
 */
public final class ReplayPhase {
    private final Iterator<ComputeBlock> blocks;
    private final Iterator<Transfer> transfers;

    public ReplayPhase(Iterator<ComputeBlock> blocks, Iterator<Transfer> transfers) {
        this.blocks = blocks;
        this.transfers = transfers;
    }

    /** A phase of transfers only. */
    public static ReplayPhase transfers(Iterator<Transfer> transfers) {
        return new ReplayPhase(Collections.emptyIterator(), transfers);
    }

    public Iterator<ComputeBlock> blocks() {
        return blocks;
    }

    public Iterator<Transfer> transfers() {
        return transfers;
    }
}
