package dev.precis.components.noc;

/**
 * Parameters of a cycle-level network: topology, virtual channels, buffers and the input-queued
 * router pipeline. Delays are in router clock cycles.
 *
 * @param topology           network shape and routing function
 * @param vcs                virtual channels per input port
 * @param vcBufferFlits      flit slots per virtual channel (the credits a VC starts with)
 * @param routingDelay       cycles of route computation; 0 = lookahead routing, computed at the upstream router
 * @param vcAllocDelay       cycles of virtual-channel allocation (at least 1)
 * @param swAllocDelay       cycles of switch allocation (at least 1)
 * @param crossbarDelay      cycles of switch traversal (at least 1; BookSim2's st_prepare_delay + st_final_delay)
 * @param creditDelay        cycles a router takes to process a returned credit
 * @param inputSpeedup       crossbar inputs per router input port (VCs are interleaved over them)
 * @param linkLatency        cycles of link traversal, for flits and credits alike (at least 1)
 * @param waitForTailCredit  release a downstream VC only when the tail flit's credit is back
 * @param allocatorIterations iSLIP iterations of both allocators
 * @param flitBytes          bytes per flit: the link width, so a link carries flitBytes per cycle
 */
public record NocConfig(Topology topology, int vcs, int vcBufferFlits, int routingDelay, int vcAllocDelay,
                        int swAllocDelay, int crossbarDelay, int creditDelay, int inputSpeedup, int linkLatency,
                        boolean waitForTailCredit, int allocatorIterations, int flitBytes) {

    public NocConfig {
        if (topology == null) {
            throw new IllegalArgumentException("NocConfig: topology is required");
        }
        requireAtLeast("vcs", vcs, topology.minimumVcs());
        requireAtLeast("vcBufferFlits", vcBufferFlits, 1);
        requireAtLeast("routingDelay", routingDelay, 0);
        requireAtLeast("vcAllocDelay", vcAllocDelay, 1);
        requireAtLeast("swAllocDelay", swAllocDelay, 1);
        requireAtLeast("crossbarDelay", crossbarDelay, 1);
        requireAtLeast("creditDelay", creditDelay, 0);
        requireAtLeast("inputSpeedup", inputSpeedup, 1);
        requireAtLeast("linkLatency", linkLatency, 1);
        requireAtLeast("allocatorIterations", allocatorIterations, 1);
        requireAtLeast("flitBytes", flitBytes, 1);
        if (vcs > 64) {
            throw new IllegalArgumentException("NocConfig: vcs must be at most 64, got " + vcs);
        }
    }

    /**
     * The configuration of the BookSim2 reference run (booksim/booksim2 commit 28f4329, see
     * src/test/resources/reference/noc): 8 VCs x 8 flit buffers, iSLIP allocators with one
     * iteration, credit_delay 2, routing_delay 0, vc_alloc_delay 1, sw_alloc_delay 1,
     * input_speedup 2, st_final_delay 1 and channel latency 1 (BookSim2 defaults),
     * wait_for_tail_credit 1. Flit width 16 bytes is our own default (128-bit links), it does
     * not affect cycle counts.
     */
    public static NocConfig bookSimDefaults(Topology topology) {
        return new NocConfig(topology, 8, 8, 0, 1, 1, 1, 2, 2, 1, true, 1, 16);
    }

    public NocConfig withTopology(Topology other) {
        return new NocConfig(other, vcs, vcBufferFlits, routingDelay, vcAllocDelay, swAllocDelay, crossbarDelay,
                creditDelay, inputSpeedup, linkLatency, waitForTailCredit, allocatorIterations, flitBytes);
    }

    private static void requireAtLeast(String field, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("NocConfig: " + field + " must be at least " + min + ", got " + value);
        }
    }
}
