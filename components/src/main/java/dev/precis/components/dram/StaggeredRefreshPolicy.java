package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;
import java.util.function.IntConsumer;

/** One rank every tREFI / ranks cycles, in turn (DRAMSim3 RANK_LEVEL_STAGGERED, its default; src/refresh.cc). */
public final class StaggeredRefreshPolicy extends NamedPolicy implements RefreshPolicy {
    public StaggeredRefreshPolicy() {
        super("rank-level-staggered", "one rank every tREFI / ranks cycles, in turn");
    }

    @Override
    public long intervalCycles(int tREFI, int ranks) {
        return tREFI / ranks;
    }

    @Override
    public void ranksDue(long n, int ranks, IntConsumer refresh) {
        refresh.accept((int) (n % ranks));
    }
}
