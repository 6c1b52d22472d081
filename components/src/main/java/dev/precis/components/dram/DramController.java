package dev.precis.components.dram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * The memory controller of one channel, stepped one DRAM clock at a time with {@link #tick()}.
 * Per cycle, in DRAMSim3's order (src/controller.cc): request refreshes; pick one command
 * (refresh work first, then FR-FCFS over the command queues) and issue it (HBM may add a
 * second command on its other command bus); count background cycles; move one request from
 * the read queue (or the write buffer while draining) into its command queue.
 * Reads complete RL + tBL after their column command; writes complete one cycle after they
 * are buffered (posted writes); a read that finds its address in the write buffer is
 * answered from there, one cycle after it arrives, and that cycle is its latency.
 *
 * <p>Writes wait in the write buffer until the controller drains them: when the buffer is full
 * (transaction-queue-size entries), or when it holds more than {@link #OPPORTUNISTIC_DRAIN_WRITES}
 * writes and every command queue is empty. A drain moves the writes buffered at its start, one per
 * cycle, ahead of any read, and ends early when a write finds a read of its address still pending.
 */
public final class DramController {

    /**
     * Writes beyond which an idle controller (no command queued) drains its write buffer: DRAMSim3's
     * fixed rule in Controller::ScheduleTransaction ({@code write_buffer_.size() > 8 &&
     * cmd_queue_.QueueEmpty()}, umd-memsys/DRAMsim3 src/controller.cc, commit 29817593). DRAMSim3 reads a
     * {@code write_buf_size} key but this rule does not use it.
     */
    static final int OPPORTUNISTIC_DRAIN_WRITES = 8;

    private final DramConfig config;
    private final AddressMapping mapping;
    private final ChannelState channel;
    private final CommandQueue commandQueue;
    private final RefreshScheduler refresh;
    private final DramChannelStats stats;
    private final CommandChoice choice = new CommandChoice();
    private final boolean unified;
    private final boolean closePage;
    private final boolean dualCommand;
    private final int capacity;
    private final int readDelayCycles;

    private final ArrayList<DramTransaction> readQueue;
    private final ArrayList<DramTransaction> writeBuffer;
    private final ArrayList<DramTransaction> unifiedQueue;
    private final ArrayList<DramTransaction> returnQueue = new ArrayList<>();
    /** Pending reads by address, chained through {@link DramTransaction#nextSameAddress}. */
    private final Map<Long, DramTransaction> pendingReads = new HashMap<>();
    private final Map<Long, DramTransaction> pendingWrites = new HashMap<>();
    private int writeDraining;
    private long clk;

    public DramController(DramConfig config) {
        this(config, AddressMapping.of(config), new CompiledTiming(config), true);
    }

    DramController(DramConfig config, AddressMapping mapping, CompiledTiming timing, boolean bankQueueFastPath) {
        this.config = config;
        this.mapping = mapping;
        this.channel = new ChannelState(config, timing);
        this.commandQueue = new CommandQueue(config, channel, bankQueueFastPath);
        this.refresh = new RefreshScheduler(config, channel);
        this.stats = new DramChannelStats(config.organization().ranks());
        ControllerPolicy policy = config.controller();
        this.unified = policy.unifiedQueue();
        this.closePage = policy.rowBufferPolicy().prechargesAfterAccess();
        this.dualCommand = policy.dualCommandIssue();
        this.capacity = policy.transactionQueueSize();
        this.readDelayCycles = config.readDelayCycles();
        this.readQueue = new ArrayList<>(capacity);
        this.writeBuffer = new ArrayList<>(capacity);
        this.unifiedQueue = new ArrayList<>(capacity);
    }

    public DramConfig config() {
        return config;
    }

    public DramChannelStats stats() {
        return stats;
    }

    /** The controller's clock: cycles ticked so far. */
    public long cycle() {
        return clk;
    }

    /** Whether the queue a request of this direction goes to has room. */
    public boolean willAccept(boolean write) {
        if (unified) {
            return unifiedQueue.size() < capacity;
        }
        return write ? writeBuffer.size() < capacity : readQueue.size() < capacity;
    }

    /** Queues a request at the current cycle; the caller checked {@link #willAccept}. */
    public void add(DramTransaction t) {
        if (!willAccept(t.write)) {
            throw new IllegalStateException("DRAM controller queue full; check willAccept before add");
        }
        decode(t);
        t.addedCycle = clk;
        if (t.write) {
            if (!pendingWrites.containsKey(t.address)) { // a write to a buffered address merges with it
                pendingWrites.put(t.address, t);
                (unified ? unifiedQueue : writeBuffer).add(t);
            }
            t.completeCycle = clk + 1;
            returnQueue.add(t);
            return;
        }
        if (pendingWrites.containsKey(t.address)) { // forwarded from the write buffer
            t.completeCycle = clk + 1;
            returnQueue.add(t);
            return;
        }
        DramTransaction first = pendingReads.get(t.address);
        if (first == null) {
            pendingReads.put(t.address, t);
            (unified ? unifiedQueue : readQueue).add(t);
        } else { // served by the same column command as the earlier read
            DramTransaction last = first;
            while (last.nextSameAddress != null) {
                last = last.nextSameAddress;
            }
            last.nextSameAddress = t;
        }
    }

    private void decode(DramTransaction t) {
        t.rank = mapping.rank(t.address);
        t.bankGroup = mapping.bankGroup(t.address);
        t.bankInGroup = mapping.bank(t.address);
        t.row = mapping.row(t.address);
        t.column = mapping.column(t.address);
        t.flatBank = channel.flatBank(t.rank, t.bankGroup, t.bankInGroup);
        if (closePage) {
            t.columnCommand = t.write ? DramCommandType.WRITE_PRECHARGE : DramCommandType.READ_PRECHARGE;
        } else {
            t.columnCommand = t.write ? DramCommandType.WRITE : DramCommandType.READ;
        }
    }

    /** Hands every request completed by now to {@code listener}, oldest first. Call before {@link #tick()}. */
    public void returnCompleted(DramCompletionListener listener) {
        if (returnQueue.isEmpty()) {
            return;
        }
        for (int i = 0; i < returnQueue.size(); ) {
            DramTransaction t = returnQueue.get(i);
            if (clk >= t.completeCycle) {
                returnQueue.remove(i);
                if (t.write) {
                    stats.writesDone++;
                } else {
                    stats.readsDone++;
                    stats.readLatency.add(clk - t.addedCycle);
                }
                listener.completed(t, clk);
            } else {
                i++;
            }
        }
    }

    /** Advances the controller by one DRAM clock cycle. */
    public void tick() {
        refresh.tick(clk);
        choice.clear();
        if (channel.refreshWaiting()) {
            commandQueue.finishRefresh(choice, clk);
        }
        if (!choice.isValid()) {
            commandQueue.commandToIssue(choice, clk);
        }
        if (choice.isValid()) {
            DramCommandType first = choice.type;
            issue(choice);
            if (dualCommand) {
                // HBM: a second pick may issue on the other command bus (row vs column) in the same cycle.
                // Unlike DRAMSim3, a second pick of the same kind stays queued (DRAMSim3 would drop it).
                choice.clear();
                commandQueue.commandToIssue(choice, clk);
                if (choice.isValid() && choice.type.isColumn() != first.isColumn()) {
                    issue(choice);
                }
            }
        }
        for (int r = 0; r < stats.rankActiveCycles.length; r++) {
            if (channel.allBanksIdle(r)) {
                stats.allBankIdleCycles[r]++;
            } else {
                stats.rankActiveCycles[r]++;
            }
        }
        scheduleTransaction();
        clk++;
        stats.cycles++;
    }

    private void issue(CommandChoice c) {
        DramCommandType type = c.type;
        if (type.isColumn()) {
            commandQueue.removeChosen(c);
        }
        if (type.isRead()) {
            for (DramTransaction t = pendingReads.remove(c.transaction.address); t != null; ) {
                DramTransaction next = t.nextSameAddress;
                t.nextSameAddress = null;
                t.completeCycle = clk + readDelayCycles;
                returnQueue.add(t);
                t = next;
            }
        } else if (type.isWrite()) {
            pendingWrites.remove(c.transaction.address);
        }
        stats.commands[type.ordinal()]++;
        if (type.isColumn() && channel.rowHitCount(c.flatBank) != 0) {
            if (type.isRead()) {
                stats.readRowHits++;
            } else {
                stats.writeRowHits++;
            }
        }
        channel.issue(type, c.rank, c.flatBank, c.row, clk);
    }

    private void scheduleTransaction() {
        if (writeDraining == 0 && !unified) {
            // Drain writes when the buffer is full, or when more than eight wait and no command is queued.
            if (writeBuffer.size() >= capacity
                    || (writeBuffer.size() > OPPORTUNISTIC_DRAIN_WRITES && commandQueue.isEmpty())) {
                writeDraining = writeBuffer.size();
            }
        }
        ArrayList<DramTransaction> queue = unified ? unifiedQueue : writeDraining > 0 ? writeBuffer : readQueue;
        if (moveOneToCommandQueue(queue) == BLOCKED_BY_READ && writeBuffer.size() >= capacity) {
            // The write must wait for an older read of its address, and with a full buffer DRAMSim3 would
            // select the write buffer again every cycle and never schedule that read (a deadlock). We let
            // the reads move instead; in every other case the behaviour is DRAMSim3's.
            moveOneToCommandQueue(readQueue);
        }
    }

    private static final int MOVED = 0;
    private static final int NOTHING = 1;
    private static final int BLOCKED_BY_READ = 2;

    private int moveOneToCommandQueue(ArrayList<DramTransaction> queue) {
        for (int i = 0; i < queue.size(); i++) {
            DramTransaction t = queue.get(i);
            if (commandQueue.willAccept(t.rank, t.flatBank)) {
                if (!unified && t.write) {
                    if (pendingReads.containsKey(t.address)) { // a read of this address must go first
                        writeDraining = 0;
                        return BLOCKED_BY_READ;
                    }
                    writeDraining--;
                }
                commandQueue.add(t);
                queue.remove(i);
                return MOVED;
            }
        }
        return NOTHING;
    }

    /**
     * True when nothing can change until a new request arrives or a refresh falls due: no read
     * queued or in flight, no command queued, no refresh waiting, and no more buffered writes than
     * an idle controller leaves waiting (they wait for more writes, as in DRAMSim3). Idle cycles only
     * add background time, so they may be skipped.
     */
    public boolean isIdle() {
        return readQueue.isEmpty() && unifiedQueue.isEmpty() && returnQueue.isEmpty()
                && commandQueue.isEmpty() && !channel.refreshWaiting() && writeDraining == 0
                && writeBuffer.size() <= OPPORTUNISTIC_DRAIN_WRITES && writeBuffer.size() < capacity;
    }

    /** Writes held in the write buffer, waiting for a drain. */
    public int bufferedWrites() {
        return writeBuffer.size();
    }

    /** The next cycle at or after now at which an idle controller has work of its own (a refresh request). */
    public long nextSelfEventCycle() {
        return refresh.nextRequestCycle(clk);
    }

    /**
     * Jumps an idle controller to {@code targetCycle}, accounting the skipped cycles exactly as
     * ticking would (background cycles), so results equal cycle-by-cycle stepping.
     */
    public void skipIdleUntil(long targetCycle) {
        if (targetCycle <= clk) {
            return;
        }
        if (!isIdle() || targetCycle > nextSelfEventCycle()) {
            throw new IllegalStateException("cannot skip to cycle " + targetCycle + " from " + clk
                    + ": controller busy or a refresh is due at " + nextSelfEventCycle());
        }
        long n = targetCycle - clk;
        for (int r = 0; r < stats.rankActiveCycles.length; r++) {
            if (channel.allBanksIdle(r)) {
                stats.allBankIdleCycles[r] += n;
            } else {
                stats.rankActiveCycles[r] += n;
            }
        }
        stats.cycles += n;
        clk = targetCycle;
    }

    /** Requests in the controller (queued or awaiting return). */
    public int outstanding() {
        return readQueue.size() + writeBuffer.size() + unifiedQueue.size() + commandQueue.size() + returnQueue.size();
    }
}
