package dev.precis.components.noc;

/**
 * One flow-control unit of a packet. Mutable on purpose: a flit is created once at its source
 * and carries its per-hop state (current virtual channel, arrival cycle) through the network,
 * so the cycle loop allocates nothing per hop.
 */
final class Flit {

    final long packetId;
    final int source;
    final int dest;
    final boolean head;
    final boolean tail;
    /** Cycle the packet was created at its source (latency counts from here, source queueing included). */
    final long creationCycle;
    /** Whether the packet was created inside the measurement window. */
    final boolean measured;
    /** Caller's tag (e.g. the transaction a packet carries); null for synthetic traffic. */
    final Object payload;

    /** Virtual channel the flit occupies at the input buffer it is in (or is heading to). */
    int vc = -1;
    /** Cycle the flit arrived at its current input buffer. */
    long arrivalCycle;
    /** Router-to-router links crossed so far. */
    int hops;

    Flit(long packetId, int source, int dest, boolean head, boolean tail, long creationCycle, boolean measured,
         Object payload) {
        this.packetId = packetId;
        this.source = source;
        this.dest = dest;
        this.head = head;
        this.tail = tail;
        this.creationCycle = creationCycle;
        this.measured = measured;
        this.payload = payload;
    }
}
