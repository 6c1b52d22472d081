package dev.precis.components.dram;

/** How the controller's command queues are organised (DRAMSim3 queue_structure). */
public enum QueueStructure {
    /** One command queue per bank: FR-FCFS picks among banks round-robin. */
    PER_BANK,
    /** One shared command queue per rank. */
    PER_RANK
}
