package dev.precis.components.noc;

/** Told when the tail flit of a packet leaves the network at its destination. */
@FunctionalInterface
public interface PacketListener {

    /**
     * @param packet        the delivered packet
     * @param arrivalCycle  cycle its tail flit was ejected
     */
    void delivered(DeliveredPacket packet, long arrivalCycle);

    /** What is known of a packet when it arrives. */
    record DeliveredPacket(long packetId, int source, int dest, long creationCycle, boolean measured, int hops,
                           Object payload) {

        /** Cycles from creation at the source (queueing included) to tail ejection. */
        public long latencyCycles(long arrivalCycle) {
            return arrivalCycle - creationCycle;
        }
    }
}
