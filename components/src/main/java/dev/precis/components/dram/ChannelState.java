package dev.precis.components.dram;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-level state of one channel: per bank, whether a row is open, which, how many
 * column hits it has served, and the earliest cycle each command type may issue; per rank,
 * the recent activates (tFAW) and pending refreshes. Timing comes only from the standard's
 * {@link CompiledTiming} table, so every standard runs on this one engine.
 */
final class ChannelState {

    private static final int CMDS = DramCommandType.COUNT;
    private static final int ACT = DramCommandType.ACTIVATE.ordinal();
    private static final int PRE = DramCommandType.PRECHARGE.ordinal();
    private static final int REF = DramCommandType.REFRESH.ordinal();

    final int ranks;
    final int bankGroups;
    final int banksPerGroup;
    final int banksPerRank;
    private final CompiledTiming timing;

    /** [flatBank * CMDS + command] earliest issue cycle. */
    private final long[] earliest;
    private final boolean[] open;
    private final int[] openRow;
    private final int[] rowHits;
    private final int[] openBanksInRank;

    /** Per rank ring of the last activates' cycles, for the activation window (tFAW). */
    private final long[][] recentActivates;
    private final int[] recentActivateCount;
    private final int[] recentActivateHead;

    /** Ranks waiting for an all-bank refresh, oldest first. */
    private final List<Integer> refreshWaiting = new ArrayList<>();

    ChannelState(DramConfig config, CompiledTiming timing) {
        DramOrganization org = config.organization();
        this.ranks = org.ranks();
        this.bankGroups = org.bankGroups();
        this.banksPerGroup = org.banksPerGroup();
        this.banksPerRank = org.banksPerRank();
        this.timing = timing;
        int banks = ranks * banksPerRank;
        earliest = new long[banks * CMDS];
        open = new boolean[banks];
        openRow = new int[banks];
        java.util.Arrays.fill(openRow, -1);
        rowHits = new int[banks];
        openBanksInRank = new int[ranks];
        int window = Math.max(1, timing.activationWindowCount);
        recentActivates = new long[ranks][window];
        recentActivateCount = new int[ranks];
        recentActivateHead = new int[ranks];
    }

    int flatBank(int rank, int bankGroup, int bankInGroup) {
        return rank * banksPerRank + bankGroup * banksPerGroup + bankInGroup;
    }

    boolean isOpen(int flatBank) {
        return open[flatBank];
    }

    int openRow(int flatBank) {
        return openRow[flatBank];
    }

    int rowHitCount(int flatBank) {
        return rowHits[flatBank];
    }

    boolean allBanksIdle(int rank) {
        return openBanksInRank[rank] == 0;
    }

    /**
     * The command that must issue next to serve a column request of {@code type} to
     * {@code row} of the bank, if it may issue at {@code clk}; otherwise -1.
     */
    int readyCommand(DramCommandType type, int rank, int flatBank, int row, long clk) {
        int required;
        if (!open[flatBank]) {
            required = ACT;
        } else if (openRow[flatBank] == row) {
            required = type.ordinal();
        } else {
            required = PRE;
        }
        if (clk < earliest[flatBank * CMDS + required]) {
            return -1;
        }
        if (required == ACT && !activationWindowAllows(rank, clk)) {
            return -1;
        }
        return required;
    }

    /** Whether command {@code cmd} (an ordinal) may issue to the bank at {@code clk}, activation window included. */
    boolean mayIssue(int cmd, int rank, int flatBank, long clk) {
        if (clk < earliest[flatBank * CMDS + cmd]) {
            return false;
        }
        return cmd != ACT || activationWindowAllows(rank, clk);
    }

    /**
     * For an all-bank refresh of {@code rank}: the flat bank to precharge first (as
     * {@code PRE << 16 | bank}), {@code REF << 16} when every bank may take the refresh,
     * or -1 when nothing may issue yet. Banks are examined in a fixed order.
     */
    int readyRefreshStep(int rank, long clk) {
        int readyBanks = 0;
        int first = rank * banksPerRank;
        for (int b = first; b < first + banksPerRank; b++) {
            int required = open[b] ? PRE : REF;
            if (clk < earliest[b * CMDS + required]) {
                continue;
            }
            if (required == PRE) {
                return (PRE << 16) | b;
            }
            readyBanks++;
        }
        return readyBanks == banksPerRank ? (REF << 16) : -1;
    }

    private boolean activationWindowAllows(int rank, long clk) {
        int n = timing.activationWindowCount;
        if (n == 0 || recentActivateCount[rank] < n) {
            return true;
        }
        long oldest = recentActivates[rank][recentActivateHead[rank]];
        return clk >= oldest + timing.activationWindowCycles;
    }

    private void recordActivate(int rank, long clk) {
        int n = timing.activationWindowCount;
        if (n == 0) {
            return;
        }
        long[] ring = recentActivates[rank];
        if (recentActivateCount[rank] < n) {
            ring[(recentActivateHead[rank] + recentActivateCount[rank]) % n] = clk;
            recentActivateCount[rank]++;
        } else {
            ring[recentActivateHead[rank]] = clk;
            recentActivateHead[rank] = (recentActivateHead[rank] + 1) % n;
        }
    }

    /** Applies a command's state change and its timing constraints. */
    void issue(DramCommandType type, int rank, int flatBank, int row, long clk) {
        int t = type.ordinal();
        switch (type) {
            case READ, WRITE -> rowHits[flatBank]++;
            case READ_PRECHARGE, WRITE_PRECHARGE, PRECHARGE -> close(rank, flatBank);
            case ACTIVATE -> {
                open[flatBank] = true;
                openRow[flatBank] = row;
                rowHits[flatBank] = 0;
                openBanksInRank[rank]++;
                recordActivate(rank, clk);
            }
            case REFRESH -> refreshWaiting.remove(Integer.valueOf(rank));
            default -> throw new IllegalStateException("unhandled command " + type);
        }
        if (type.isRankLevel()) {
            int first = rank * banksPerRank;
            for (int b = first; b < first + banksPerRank; b++) {
                apply(TimingScope.SAME_RANK, t, b, clk);
            }
            applyOtherRanks(rank, t, clk);
            return;
        }
        apply(TimingScope.SAME_BANK, t, flatBank, clk);
        int rankFirst = rank * banksPerRank;
        int bankInRank = flatBank - rankFirst;
        int group = bankInRank / banksPerGroup;
        int groupFirst = rankFirst + group * banksPerGroup;
        if (timing.following[TimingScope.OTHER_BANKS_SAME_GROUP.ordinal()][t].length > 0) {
            for (int b = groupFirst; b < groupFirst + banksPerGroup; b++) {
                if (b != flatBank) {
                    apply(TimingScope.OTHER_BANKS_SAME_GROUP, t, b, clk);
                }
            }
        }
        if (timing.following[TimingScope.OTHER_GROUPS_SAME_RANK.ordinal()][t].length > 0) {
            for (int b = rankFirst; b < rankFirst + banksPerRank; b++) {
                if (b < groupFirst || b >= groupFirst + banksPerGroup) {
                    apply(TimingScope.OTHER_GROUPS_SAME_RANK, t, b, clk);
                }
            }
        }
        applyOtherRanks(rank, t, clk);
    }

    private void applyOtherRanks(int rank, int t, long clk) {
        if (ranks == 1 || timing.following[TimingScope.OTHER_RANKS.ordinal()][t].length == 0) {
            return;
        }
        for (int r = 0; r < ranks; r++) {
            if (r == rank) {
                continue;
            }
            for (int b = r * banksPerRank; b < (r + 1) * banksPerRank; b++) {
                apply(TimingScope.OTHER_RANKS, t, b, clk);
            }
        }
    }

    private void close(int rank, int flatBank) {
        if (open[flatBank]) {
            openBanksInRank[rank]--;
        }
        open[flatBank] = false;
        openRow[flatBank] = -1;
        rowHits[flatBank] = 0;
    }

    private void apply(TimingScope scope, int t, int flatBank, long clk) {
        int[] following = timing.following[scope.ordinal()][t];
        int[] delays = timing.delayCycles[scope.ordinal()][t];
        int base = flatBank * CMDS;
        for (int i = 0; i < following.length; i++) {
            long when = clk + delays[i];
            if (when > earliest[base + following[i]]) {
                earliest[base + following[i]] = when;
            }
        }
    }

    void requestRefresh(int rank) {
        refreshWaiting.add(rank);
    }

    boolean refreshWaiting() {
        return !refreshWaiting.isEmpty();
    }

    int pendingRefreshRank() {
        return refreshWaiting.get(0);
    }
}
