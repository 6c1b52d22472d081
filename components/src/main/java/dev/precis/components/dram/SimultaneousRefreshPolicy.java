package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;
import java.util.function.IntConsumer;

/**
 * Every rank every tREFI cycles (DRAMSim3 RANK_LEVEL_SIMULTANEOUS), as the policy's name says. DRAMSim3's loop for
 * this policy stops after the first rank, which looks unintended; its shipped configurations use the staggered one.
 */
public final class SimultaneousRefreshPolicy extends NamedPolicy implements RefreshPolicy {
    public SimultaneousRefreshPolicy() {
        super("rank-level-simultaneous", "every rank every tREFI cycles");
    }

    @Override
    public long intervalCycles(int tREFI, int ranks) {
        return tREFI;
    }

    @Override
    public void ranksDue(long n, int ranks, IntConsumer refresh) {
        for (int r = 0; r < ranks; r++) refresh.accept(r);
    }
}
