package dev.precis.components.noc;

/**
 * Chooses the output port and the allowed virtual channels of a head flit at a router, returned packed as
 * {@code Route.of(port, vcLow, vcHigh)} (package-private: the topologies of this package implement it).
 */
@FunctionalInterface
interface RoutingFunction {

    /**
     * @param router     router the flit is at
     * @param inputPort  input port it arrived on
     * @param inputVc    virtual channel it occupies at that input
     * @param dest       destination node
     * @param vcs        number of virtual channels per port
     */
    int route(int router, int inputPort, int inputVc, int dest, int vcs);
}
