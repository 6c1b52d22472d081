package dev.precis.components.noc;

/** Chooses the output port and the allowed virtual channels of a head flit at a router. */
@FunctionalInterface
public interface RoutingFunction {

    /**
     * @param router     router the flit is at
     * @param inputPort  input port it arrived on
     * @param inputVc    virtual channel it occupies at that input
     * @param dest       destination node
     * @param vcs        number of virtual channels per port
     */
    Route route(int router, int inputPort, int inputVc, int dest, int vcs);
}
