package dev.precis.components.noc;

import java.util.List;

/**
 * The wiring of a network: port counts per router, the unidirectional links between router
 * ports, and for every node the router input it injects into and the router output it ejects from.
 *
 * @param routerInputs   number of input ports of each router
 * @param routerOutputs  number of output ports of each router
 * @param links          router-to-router links
 * @param injectRouter   router each node injects into
 * @param injectPort     input port of that router
 * @param ejectRouter    router each node ejects from
 * @param ejectPort      output port of that router
 */
record NetworkLayout(int[] routerInputs, int[] routerOutputs, List<Link> links,
                            int[] injectRouter, int[] injectPort, int[] ejectRouter, int[] ejectPort) {

    /** A unidirectional link from an output port of one router to an input port of another. */
    public record Link(int fromRouter, int fromPort, int toRouter, int toPort) {
    }

    public int routers() {
        return routerInputs.length;
    }

    public int nodes() {
        return injectRouter.length;
    }
}
