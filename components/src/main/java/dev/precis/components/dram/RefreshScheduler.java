package dev.precis.components.dram;

/**
 * Requests all-bank refreshes: with the staggered policy one rank every tREFI / ranks cycles
 * in turn, with the simultaneous policy every rank every tREFI (DRAMSim3 src/refresh.cc).
 * The controller then precharges the rank and issues REF as soon as timing allows.
 */
final class RefreshScheduler {

    private final ChannelState channel;
    private final RefreshPolicy policy;
    private final int ranks;
    private final long intervalCycles;
    private int nextRank;

    RefreshScheduler(DramConfig config, ChannelState channel) {
        this.channel = channel;
        this.policy = config.controller().refreshPolicy();
        this.ranks = config.organization().ranks();
        int tREFI = config.cycles("tREFI");
        this.intervalCycles = policy == RefreshPolicy.RANK_LEVEL_STAGGERED ? tREFI / ranks : tREFI;
        if (intervalCycles <= 0) {
            throw new IllegalArgumentException(config.name() + ": refresh interval tREFI / ranks must be positive, tREFI = " + tREFI);
        }
    }

    long intervalCycles() {
        return intervalCycles;
    }

    /** Called once per controller cycle, before commands are picked. */
    void tick(long clk) {
        if (clk > 0 && clk % intervalCycles == 0) {
            if (policy == RefreshPolicy.RANK_LEVEL_STAGGERED) {
                channel.requestRefresh(nextRank);
                nextRank = (nextRank + 1) % ranks;
            } else {
                // Every rank, as the policy's name says. (DRAMSim3's loop for this policy stops after the
                // first rank, which looks unintended; its shipped configurations use the staggered policy.)
                for (int r = 0; r < ranks; r++) {
                    channel.requestRefresh(r);
                }
            }
        }
    }

    /** The first cycle at or after {@code clk} at which {@link #tick} requests a refresh. */
    long nextRequestCycle(long clk) {
        if (clk <= 0) {
            return intervalCycles;
        }
        long rem = clk % intervalCycles;
        return rem == 0 ? clk : clk + (intervalCycles - rem);
    }
}
