package dev.precis.components.dram;

/** Counters of one channel, as DRAMSim3 keeps them (command counts, row hits, latencies, background cycles). */
public final class DramChannelStats {

    final long[] commands = new long[DramCommandType.COUNT];
    long readRowHits;
    long writeRowHits;
    long readsDone;
    long writesDone;
    long cycles;
    final long[] rankActiveCycles;
    final long[] allBankIdleCycles;
    final LatencyHistogram readLatency = new LatencyHistogram();

    DramChannelStats(int ranks) {
        rankActiveCycles = new long[ranks];
        allBankIdleCycles = new long[ranks];
    }

    public long commands(DramCommandType type) {
        return commands[type.ordinal()];
    }

    /** Read column commands (RD and RDA). */
    public long readCommands() {
        return commands[DramCommandType.READ.ordinal()] + commands[DramCommandType.READ_PRECHARGE.ordinal()];
    }

    /** Write column commands (WR and WRA). */
    public long writeCommands() {
        return commands[DramCommandType.WRITE.ordinal()] + commands[DramCommandType.WRITE_PRECHARGE.ordinal()];
    }

    public long readRowHits() {
        return readRowHits;
    }

    public long writeRowHits() {
        return writeRowHits;
    }

    public long readsDone() {
        return readsDone;
    }

    public long writesDone() {
        return writesDone;
    }

    public long cycles() {
        return cycles;
    }

    public long rankActiveCycles(int rank) {
        return rankActiveCycles[rank];
    }

    public long allBankIdleCycles(int rank) {
        return allBankIdleCycles[rank];
    }

    public LatencyHistogram readLatency() {
        return readLatency;
    }
}
