package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;

/** One command queue shared by the banks of a rank (DRAMSim3 PER_RANK). */
public final class PerRankQueues extends NamedPolicy implements QueueStructure {
    public PerRankQueues() {
        super("per-rank", "one command queue per rank, shared by its banks");
    }

    @Override
    public int queues(int ranks, int banksPerRank) {
        return ranks;
    }

    @Override
    public int queueOf(int rank, int flatBank) {
        return rank;
    }

    @Override
    public boolean holdsRank(int queue, int rank, int banksPerRank) {
        return queue == rank;
    }

    @Override
    public boolean oneBankPerQueue() {
        return false;
    }
}
