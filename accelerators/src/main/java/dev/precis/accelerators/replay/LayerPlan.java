package dev.precis.accelerators.replay;

import java.util.Iterator;

/**
 * What the replay controller does for one layer: its phases, generated as they run, and the on-chip buffer
 * traffic the plan implies (bits read and written per buffer, for the controller's buffer energy).
 *
 * @param phases       the phases in order
 * @param bufferBits   buffer accesses of the whole layer
 * @param description  the mapping chosen, for reports ("order OC,IC,... tiles ...")
 */
public record LayerPlan(Iterator<ReplayPhase> phases, BufferBits bufferBits, String description) {

    /**
     * Buffer accesses in bits, per operand buffer and direction (writes of blocks arriving from memory and
     * of results, reads by the array and for write-back).
     */
    public record BufferBits(long weightReads, long weightWrites, long inputReads, long inputWrites,
                             long outputReads, long outputWrites) {
        public static final BufferBits NONE = new BufferBits(0, 0, 0, 0, 0, 0);
    }
}
