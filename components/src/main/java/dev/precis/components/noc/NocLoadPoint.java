package dev.precis.components.noc;

/**
 * The outcome of one latency-mode run at one offered load.
 *
 * @param offeredLoad               offered flits per node per cycle
 * @param avgPacketLatencyCycles    mean latency of measured packets, creation to tail ejection; when
 *                                  {@code stable} is false it is no steady-state figure (if no measured packet
 *                                  arrived, it is the mean age of delivered and in-flight packets)
 * @param acceptedFlitsPerNodeCycle ejected flits per node per cycle over the measurement window
 * @param stable                    false when latency exceeded the threshold or the run did not converge
 * @param measuredPackets           packets whose latency was averaged
 * @param cycles                    cycles simulated
 * @param flitEvents                flits that crossed a link during the run
 */
public record NocLoadPoint(double offeredLoad, double avgPacketLatencyCycles, double acceptedFlitsPerNodeCycle,
                           boolean stable, long measuredPackets, long cycles, long flitEvents) {
}
