package dev.precis.components.dram;

import dev.precis.tlm.describe.Policy;

/**
 * How the controller's command queues are organised (DRAMSim3 queue_structure): a slot of the {@code dram}
 * component ({@link DramPolicies#QUEUE_STRUCTURE}), implementations listed in
 * {@code META-INF/services/dev.precis.components.dram.QueueStructure}. FR-FCFS picks among the queues round-robin.
 */
public interface QueueStructure extends Policy {
    /** DRAMSim3's PER_BANK (its default). */
    QueueStructure PER_BANK = new PerBankQueues();
    /** DRAMSim3's PER_RANK. */
    QueueStructure PER_RANK = new PerRankQueues();

    /** The number of command queues of a channel. */
    int queues(int ranks, int banksPerRank);

    /** The queue of a command to bank {@code flatBank} (numbered across the channel's ranks) of {@code rank}. */
    int queueOf(int rank, int flatBank);

    /** True if queue {@code queue} holds commands of rank {@code rank} (a refresh of the rank blocks it). */
    boolean holdsRank(int queue, int rank, int banksPerRank);

    /** True if each queue holds one bank's commands, so the controller may take its per-bank shortcut. */
    boolean oneBankPerQueue();
}
