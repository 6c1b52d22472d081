package dev.precis.components.dma;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The timing core of a DMA engine, without any kernel dependency: transfers queue in order, are
 * split into bursts (one at a time, as they are issued), and up to {@code burstsPerCycle} bursts
 * start per cycle while fewer than {@code maxOutstanding} are in flight. A load burst reads DRAM,
 * then writes the buffer; a store burst reads the buffer, then writes DRAM; a burst counts as
 * outstanding from its first request to its second's answer. A DRAM-only transfer (the requester
 * stands for the buffer) has one request per burst: a DRAM read for a load, a DRAM write for a
 * store. A transfer completes when all its bursts have. Cycles in which a burst was ready but the
 * outstanding limit held it back are counted as stalls.
 */
public final class DmaEngine {

    private final int burstBytes;
    private final int maxOutstanding;
    private final int burstsPerCycle;
    private final DmaMemory memory;
    private final Consumer<Object> onTransferDone;

    private final ArrayDeque<Transfer> transfers = new ArrayDeque<>();
    private final Map<Long, InFlight> inFlight = new HashMap<>();
    private long nextRequestId;
    private int outstanding;

    private long bytesMoved;
    private long burstsDone;
    private long transfersDone;
    private long stallCycles;
    private long busyCycles;

    private static final class Transfer {
        final DmaDescriptor descriptor;
        final boolean dramOnly;
        final Object tag;
        final Iterator<Burst> bursts;
        int burstsInFlight;

        Transfer(DmaDescriptor descriptor, boolean dramOnly, Object tag, Iterator<Burst> bursts) {
            this.descriptor = descriptor;
            this.dramOnly = dramOnly;
            this.tag = tag;
            this.bursts = bursts;
        }
    }

    private record InFlight(Transfer transfer, Burst burst, boolean secondStage) {
    }

    public DmaEngine(int burstBytes, int maxOutstanding, DmaMemory memory, Consumer<Object> onTransferDone) {
        this(burstBytes, maxOutstanding, 1, memory, onTransferDone);
    }

    public DmaEngine(int burstBytes, int maxOutstanding, int burstsPerCycle, DmaMemory memory,
                     Consumer<Object> onTransferDone) {
        if (burstBytes < 1 || maxOutstanding < 1 || burstsPerCycle < 1) {
            throw new IllegalArgumentException("DMA: burst size, outstanding limit and bursts per cycle must be at least 1, got "
                    + burstBytes + " B, " + maxOutstanding + " and " + burstsPerCycle);
        }
        this.burstBytes = burstBytes;
        this.maxOutstanding = maxOutstanding;
        this.burstsPerCycle = burstsPerCycle;
        this.memory = memory;
        this.onTransferDone = onTransferDone;
    }

    /** Queues a transfer between DRAM and the buffer; {@code tag} is handed back when it completes. */
    public void submit(DmaDescriptor descriptor, Object tag) {
        transfers.add(new Transfer(descriptor, false, tag, BurstPlanner.bursts(descriptor, burstBytes)));
    }

    /**
     * Queues a transfer that touches only DRAM (its buffer side is the requester's own): a load reads the
     * descriptor's DRAM bytes, a store writes them.
     */
    public void submitDramOnly(DmaDescriptor descriptor, Object tag) {
        transfers.add(new Transfer(descriptor, true, tag, BurstPlanner.bursts(descriptor, burstBytes)));
    }

    /** One clock cycle: starts the next bursts as the issue width and the outstanding limit allow. */
    public void tick() {
        if (!busy()) {
            return;
        }
        busyCycles++;
        for (int started = 0; started < burstsPerCycle; started++) {
            Transfer t = nextTransferWithBursts();
            if (t == null) {
                return;
            }
            if (outstanding >= maxOutstanding) {
                stallCycles++;
                return;
            }
            Burst b = t.bursts.next();
            outstanding++;
            t.burstsInFlight++;
            long id = nextRequestId++;
            inFlight.put(id, new InFlight(t, b, false));
            issue(id, t, b, false);
        }
    }

    /** The answer to request {@code requestId} has arrived. */
    public void completed(long requestId) {
        InFlight f = inFlight.remove(requestId);
        if (f == null) {
            throw new IllegalStateException("DMA: answer to unknown request " + requestId);
        }
        Transfer t = f.transfer();
        if (!f.secondStage() && !t.dramOnly) {
            long id = nextRequestId++;
            inFlight.put(id, new InFlight(t, f.burst(), true));
            issue(id, t, f.burst(), true);
            return;
        }
        outstanding--;
        burstsDone++;
        bytesMoved += f.burst().bytes();
        if (--t.burstsInFlight == 0 && !t.bursts.hasNext()) {
            transfers.remove(t);
            transfersDone++;
            onTransferDone.accept(t.tag);
        }
    }

    private void issue(long id, Transfer t, Burst b, boolean secondStage) {
        boolean load = t.descriptor.toBuffer();
        if (t.dramOnly) {
            memory.issue(id, DmaMemory.Side.DRAM, !load, b.dramAddress(), b.bytes(), t.descriptor.bufferSpanBytes());
            return;
        }
        // Load: read DRAM, then write the buffer. Store: read the buffer, then write DRAM.
        boolean dramSide = load != secondStage;
        DmaMemory.Side side = dramSide ? DmaMemory.Side.DRAM : DmaMemory.Side.BUFFER;
        long address = dramSide ? b.dramAddress() : b.bufferAddress();
        memory.issue(id, side, secondStage, address, b.bytes(), t.descriptor.bufferSpanBytes());
    }

    private Transfer nextTransferWithBursts() {
        for (Transfer t : transfers) {
            if (t.bursts.hasNext()) {
                return t;
            }
        }
        return null;
    }

    /** True while any transfer is queued or in flight. */
    public boolean busy() {
        return !transfers.isEmpty();
    }

    public int burstBytes() {
        return burstBytes;
    }

    public long bytesMoved() {
        return bytesMoved;
    }

    public long burstsDone() {
        return burstsDone;
    }

    public long transfersDone() {
        return transfersDone;
    }

    /** Cycles a ready burst waited because {@code maxOutstanding} bursts were in flight. */
    public long stallCycles() {
        return stallCycles;
    }

    public long busyCycles() {
        return busyCycles;
    }

    public int outstanding() {
        return outstanding;
    }
}
