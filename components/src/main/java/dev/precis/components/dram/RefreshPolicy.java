package dev.precis.components.dram;

/** When all-bank refreshes are requested (DRAMSim3 refresh_policy). */
public enum RefreshPolicy {
    /** One rank every tREFI / ranks cycles, in turn (DRAMSim3's default). */
    RANK_LEVEL_STAGGERED,
    /** Every rank every tREFI cycles. */
    RANK_LEVEL_SIMULTANEOUS
}
