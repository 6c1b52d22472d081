package dev.precis.components.dma;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The timing core of a DMA engine, without any kernel dependency: transfers queue in order, are
 * split into bursts, and at most one burst starts per cycle while fewer than
 * {@code maxOutstanding} are in flight. A load burst reads DRAM, then writes the buffer; a store
 * burst reads the buffer, then writes DRAM; a burst counts as outstanding from its first request
 * to its second's answer. A transfer completes when all its bursts have. Cycles in which a burst
 * was ready but the outstanding limit held it back are counted as stalls.
 */
public final class DmaEngine {

    private final int burstBytes;
    private final int maxOutstanding;
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
        final Object tag;
        final List<Burst> bursts;
        int nextBurst;
        int burstsLeft;

        Transfer(DmaDescriptor descriptor, Object tag, List<Burst> bursts) {
            this.descriptor = descriptor;
            this.tag = tag;
            this.bursts = bursts;
            this.burstsLeft = bursts.size();
        }
    }

    private record InFlight(Transfer transfer, Burst burst, boolean secondStage) {
    }

    public DmaEngine(int burstBytes, int maxOutstanding, DmaMemory memory, Consumer<Object> onTransferDone) {
        if (burstBytes < 1 || maxOutstanding < 1) {
            throw new IllegalArgumentException("DMA: burst size and outstanding limit must be at least 1, got "
                    + burstBytes + " B and " + maxOutstanding);
        }
        this.burstBytes = burstBytes;
        this.maxOutstanding = maxOutstanding;
        this.memory = memory;
        this.onTransferDone = onTransferDone;
    }

    /** Queues a transfer; {@code tag} is handed back when it completes. */
    public void submit(DmaDescriptor descriptor, Object tag) {
        transfers.add(new Transfer(descriptor, tag, BurstPlanner.plan(descriptor, burstBytes)));
    }

    /** One clock cycle: starts the next burst if the outstanding limit allows. */
    public void tick() {
        if (!busy()) {
            return;
        }
        busyCycles++;
        Transfer t = nextTransferWithBursts();
        if (t == null) {
            return;
        }
        if (outstanding >= maxOutstanding) {
            stallCycles++;
            return;
        }
        Burst b = t.bursts.get(t.nextBurst++);
        outstanding++;
        long id = nextRequestId++;
        inFlight.put(id, new InFlight(t, b, false));
        issue(id, t, b, false);
    }

    /** The answer to request {@code requestId} has arrived. */
    public void completed(long requestId) {
        InFlight f = inFlight.remove(requestId);
        if (f == null) {
            throw new IllegalStateException("DMA: answer to unknown request " + requestId);
        }
        if (!f.secondStage()) {
            long id = nextRequestId++;
            inFlight.put(id, new InFlight(f.transfer(), f.burst(), true));
            issue(id, f.transfer(), f.burst(), true);
            return;
        }
        outstanding--;
        burstsDone++;
        bytesMoved += f.burst().bytes();
        Transfer t = f.transfer();
        if (--t.burstsLeft == 0) {
            transfers.remove(t);
            transfersDone++;
            onTransferDone.accept(t.tag);
        }
    }

    private void issue(long id, Transfer t, Burst b, boolean secondStage) {
        boolean load = t.descriptor.toBuffer();
        // Load: read DRAM, then write the buffer. Store: read the buffer, then write DRAM.
        boolean dramSide = load != secondStage;
        DmaMemory.Side side = dramSide ? DmaMemory.Side.DRAM : DmaMemory.Side.BUFFER;
        long address = dramSide ? b.dramAddress() : b.bufferAddress();
        memory.issue(id, side, secondStage, address, b.bytes(), t.descriptor.bufferSpanBytes());
    }

    private Transfer nextTransferWithBursts() {
        for (Transfer t : transfers) {
            if (t.nextBurst < t.bursts.size()) {
                return t;
            }
        }
        return null;
    }

    /** True while any transfer is queued or in flight. */
    public boolean busy() {
        return !transfers.isEmpty();
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
