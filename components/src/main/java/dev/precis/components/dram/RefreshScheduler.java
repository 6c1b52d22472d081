package dev.precis.components.dram;

/**
 * Requests all-bank refreshes at the intervals and for the ranks its {@link RefreshPolicy} says
 * (DRAMSim3 src/refresh.cc).
 * The controller then precharges the rank and issues REF as soon as timing allows.
 */
final class RefreshScheduler {

    private final ChannelState channel;
    private final RefreshPolicy policy;
    private final int ranks;
    private final long intervalCycles;
    private long requests;

    RefreshScheduler(DramConfig config, ChannelState channel) {
        this.channel = channel;
        this.policy = config.controller().refreshPolicy();
        this.ranks = config.organization().ranks();
        int tREFI = config.cycles("tREFI");
        this.intervalCycles = policy.intervalCycles(tREFI, ranks);
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
            policy.ranksDue(requests++, ranks, channel::requestRefresh);
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
