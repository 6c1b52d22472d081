package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;

/** One command queue per bank (DRAMSim3 PER_BANK, its default). */
public final class PerBankQueues extends NamedPolicy implements QueueStructure {
    public PerBankQueues() {
        super("per-bank", "one command queue per bank");
    }

    @Override
    public int queues(int ranks, int banksPerRank) {
        return ranks * banksPerRank;
    }

    @Override
    public int queueOf(int rank, int flatBank) {
        return flatBank;
    }

    @Override
    public boolean holdsRank(int queue, int rank, int banksPerRank) {
        return queue / banksPerRank == rank;
    }

    @Override
    public boolean oneBankPerQueue() {
        return true;
    }
}
