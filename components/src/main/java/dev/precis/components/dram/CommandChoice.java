package dev.precis.components.dram;

/** The command a scheduler picked this cycle (reused holder, to keep the per-cycle loop allocation-free). */
final class CommandChoice {
    DramCommandType type;
    int rank;
    int flatBank;
    int row;
    /** The request served, or null for refresh-related commands. */
    DramTransaction transaction;
    /** Where the request sits in the command queues (queue, position), for removing it once its column command issues. */
    int queueIndex = -1;
    int position = -1;

    void clear() {
        type = null;
        transaction = null;
        queueIndex = -1;
        position = -1;
    }

    boolean isValid() {
        return type != null;
    }

    void set(DramCommandType type, int rank, int flatBank, int row, DramTransaction transaction) {
        this.type = type;
        this.rank = rank;
        this.flatBank = flatBank;
        this.row = row;
        this.transaction = transaction;
    }
}
