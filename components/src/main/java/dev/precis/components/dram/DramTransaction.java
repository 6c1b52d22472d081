package dev.precis.components.dram;

/**
 * One 64-byte-class memory request inside the controller: address, direction, where it maps,
 * and when it entered the controller and completed. Mutable only by the controller.
 */
public final class DramTransaction {

    final long address;
    final boolean write;
    final Object tag;
    int rank;
    int bankGroup;
    int bankInGroup;
    /** Bank index within the channel: rank * banksPerRank + bankGroup * banksPerGroup + bank. */
    int flatBank;
    int row;
    int column;
    /** The column command this request becomes (READ/WRITE, or RDA/WRA for closed page). */
    DramCommandType columnCommand;
    long addedCycle;
    long completeCycle;
    /** Next pending read to the same address (DRAMSim3 merges them into one column command). */
    DramTransaction nextSameAddress;

    public DramTransaction(long address, boolean write, Object tag) {
        this.address = address;
        this.write = write;
        this.tag = tag;
    }

    public long address() {
        return address;
    }

    public boolean isWrite() {
        return write;
    }

    /** Caller's handle for this request (for example the kernel transaction it serves). */
    public Object tag() {
        return tag;
    }

    /** Controller cycle at which the request entered the controller's queue. */
    public long addedCycle() {
        return addedCycle;
    }

    /** Controller cycle at which the data returned (reads) or the write was accepted. */
    public long completeCycle() {
        return completeCycle;
    }

    public int rank() {
        return rank;
    }

    public int bankGroup() {
        return bankGroup;
    }

    public int bank() {
        return bankInGroup;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
