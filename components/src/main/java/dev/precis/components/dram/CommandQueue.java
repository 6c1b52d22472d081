package dev.precis.components.dram;

/**
 * The controller's command queues (one per bank or per rank) and the FR-FCFS pick:
 * queues are visited round-robin; within a queue the oldest request whose next command
 * (ACT, PRE or the column command) may issue now wins, so ready row hits overtake requests
 * that still need a precharge. A precharge is only allowed when no queued request still
 * hits the open row, or the row has already served four hits (DRAMSim3's arbitration,
 * src/command_queue.cc, which bounds starvation).
 */
final class CommandQueue {

    /** Row hits after which a pending precharge may close the row anyway (DRAMSim3 ArbitratePrecharge). */
    private static final int ROW_HIT_CAP = 4;

    private final ChannelState channel;
    private final QueueStructure structure;
    private final int capacity;
    private final int numQueues;
    private final DramTransaction[][] queues;
    private final int[] sizes;
    private final boolean[] blockedForRefresh;
    private int queueIndex;
    private boolean inRefresh;
    private int totalQueued;

    /** False forces the general scan for per-bank queues too (tests check both give the same schedule). */
    private final boolean bankQueueFastPath;

    CommandQueue(DramConfig config, ChannelState channel) {
        this(config, channel, true);
    }

    CommandQueue(DramConfig config, ChannelState channel, boolean bankQueueFastPath) {
        this.bankQueueFastPath = bankQueueFastPath;
        this.channel = channel;
        this.structure = config.controller().queueStructure();
        this.capacity = config.controller().commandQueueSize();
        int ranks = config.organization().ranks();
        this.numQueues = structure.queues(ranks, config.organization().banksPerRank());
        this.queues = new DramTransaction[numQueues][capacity];
        this.sizes = new int[numQueues];
        this.blockedForRefresh = new boolean[numQueues];
    }

    private int queueOf(int rank, int flatBank) {
        return structure.queueOf(rank, flatBank);
    }

    boolean willAccept(int rank, int flatBank) {
        return sizes[queueOf(rank, flatBank)] < capacity;
    }

    void add(DramTransaction t) {
        int q = queueOf(t.rank, t.flatBank);
        queues[q][sizes[q]++] = t;
        totalQueued++;
    }

    boolean isEmpty() {
        return totalQueued == 0;
    }

    int size() {
        return totalQueued;
    }

    /** Next step of the pending refresh: a precharge of its rank, the refresh itself, or nothing yet. */
    void finishRefresh(CommandChoice choice, long clk) {
        int rank = channel.pendingRefreshRank();
        if (!inRefresh) {
            for (int q = 0; q < numQueues; q++) {
                blockedForRefresh[q] = structure.holdsRank(q, rank, channel.banksPerRank);
            }
            inRefresh = true;
        }
        int step = channel.readyRefreshStep(rank, clk);
        if (step < 0) {
            return;
        }
        int type = step >>> 16;
        if (type == DramCommandType.REFRESH.ordinal()) {
            java.util.Arrays.fill(blockedForRefresh, false);
            inRefresh = false;
            choice.set(DramCommandType.REFRESH, rank, rank * channel.banksPerRank, -1, null);
        } else {
            choice.set(DramCommandType.PRECHARGE, rank, step & 0xFFFF, -1, null);
        }
    }

    /**
     * FR-FCFS pick over the queues, round-robin. The request stays queued: the controller calls
     * {@link #removeChosen} when it actually issues the column command.
     */
    void commandToIssue(CommandChoice choice, long clk) {
        if (totalQueued == 0) {
            return; // a full round-robin lap over empty queues leaves the index where it was
        }
        for (int i = 0; i < numQueues; i++) {
            queueIndex = queueIndex + 1 == numQueues ? 0 : queueIndex + 1;
            if (inRefresh && blockedForRefresh[queueIndex]) {
                continue;
            }
            if (sizes[queueIndex] == 0) {
                continue;
            }
            int at = firstReady(queueIndex, choice, clk);
            if (at >= 0) {
                choice.queueIndex = queueIndex;
                choice.position = at;
                return;
            }
        }
    }

    private int firstReady(int q, CommandChoice choice, long clk) {
        if (bankQueueFastPath && structure.oneBankPerQueue()) {
            return firstReadyInBankQueue(q, choice, clk);
        }
        DramTransaction[] queue = queues[q];
        int n = sizes[q];
        for (int i = 0; i < n; i++) {
            DramTransaction t = queue[i];
            int cmd = channel.readyCommand(t.columnCommand, t.rank, t.flatBank, t.row, clk);
            if (cmd < 0) {
                continue;
            }
            if (cmd == DramCommandType.PRECHARGE.ordinal()) {
                if (!prechargeAllowed(queue, n, i)) {
                    continue;
                }
            } else if (t.columnCommand.isWrite() && cmd == t.columnCommand.ordinal()) {
                if (writeAfterReadPending(queue, i)) {
                    continue;
                }
            }
            choice.set(DramCommandType.values()[cmd], t.rank, t.flatBank, t.row, t);
            return i;
        }
        return -1;
    }

    /**
     * The same pick as the general scan, specialised for a queue whose requests all target one
     * bank: the bank's state is read once, and only the oldest request may precharge (any later
     * one has an older request to the same bank ahead of it).
     */
    private int firstReadyInBankQueue(int q, CommandChoice choice, long clk) {
        DramTransaction[] queue = queues[q];
        int n = sizes[q];
        DramTransaction head = queue[0];
        int bank = head.flatBank;
        int rank = head.rank;
        if (!channel.isOpen(bank)) {
            if (!channel.mayIssue(DramCommandType.ACTIVATE.ordinal(), rank, bank, clk)) {
                return -1;
            }
            choice.set(DramCommandType.ACTIVATE, rank, bank, head.row, head);
            return 0;
        }
        int openRow = channel.openRow(bank);
        for (int i = 0; i < n; i++) {
            DramTransaction t = queue[i];
            if (t.row == openRow) {
                DramCommandType cmd = t.columnCommand;
                if (!channel.mayIssue(cmd.ordinal(), rank, bank, clk)) {
                    continue;
                }
                if (cmd.isWrite() && writeAfterReadPending(queue, i)) {
                    continue;
                }
                choice.set(cmd, rank, bank, t.row, t);
                return i;
            }
            if (i == 0 && channel.mayIssue(DramCommandType.PRECHARGE.ordinal(), rank, bank, clk)
                    && prechargeAllowed(queue, n, 0)) {
                choice.set(DramCommandType.PRECHARGE, rank, bank, t.row, t);
                return 0;
            }
        }
        return -1;
    }

    private boolean prechargeAllowed(DramTransaction[] queue, int n, int at) {
        DramTransaction t = queue[at];
        for (int i = 0; i < at; i++) {
            if (queue[i].flatBank == t.flatBank) {
                return false; // an older request to this bank goes first
            }
        }
        int openRow = channel.openRow(t.flatBank);
        for (int i = at; i < n; i++) {
            if (queue[i].flatBank == t.flatBank && queue[i].row == openRow) {
                return channel.rowHitCount(t.flatBank) >= ROW_HIT_CAP;
            }
        }
        return true;
    }

    private boolean writeAfterReadPending(DramTransaction[] queue, int at) {
        DramTransaction w = queue[at];
        for (int i = 0; i < at; i++) {
            DramTransaction r = queue[i];
            if (!r.write && r.row == w.row && r.column == w.column && r.flatBank == w.flatBank) {
                return true;
            }
        }
        return false;
    }

    /** Removes the request whose column command was just issued. */
    void removeChosen(CommandChoice choice) {
        if (queues[choice.queueIndex][choice.position] != choice.transaction) {
            throw new IllegalStateException("command queue changed between pick and issue");
        }
        remove(choice.queueIndex, choice.position);
    }

    private void remove(int q, int at) {
        DramTransaction[] queue = queues[q];
        int n = --sizes[q];
        System.arraycopy(queue, at + 1, queue, at, n - at);
        queue[n] = null;
        totalQueued--;
    }
}
