package dev.precis.components.dram;

import dev.precis.tlm.describe.Policy;
import java.util.function.IntConsumer;

/**
 * When all-bank refreshes are requested (DRAMSim3 refresh_policy): a slot of the {@code dram} component
 * ({@link DramPolicies#REFRESH}), implementations listed in
 * {@code META-INF/services/dev.precis.components.dram.RefreshPolicy}. A policy holds no state: the
 * controller counts the intervals and asks which ranks are due at each.
 */
public interface RefreshPolicy extends Policy {
    /** DRAMSim3's RANK_LEVEL_STAGGERED (its default). */
    RefreshPolicy RANK_LEVEL_STAGGERED = new StaggeredRefreshPolicy();
    /** DRAMSim3's RANK_LEVEL_SIMULTANEOUS. */
    RefreshPolicy RANK_LEVEL_SIMULTANEOUS = new SimultaneousRefreshPolicy();

    /** Cycles between refresh requests on a channel of {@code ranks} ranks whose refresh interval is {@code tREFI}. */
    long intervalCycles(int tREFI, int ranks);

    /** Passes to {@code refresh} each rank due at the {@code n}-th request (n = 0, 1, ...). */
    void ranksDue(long n, int ranks, IntConsumer refresh);
}
