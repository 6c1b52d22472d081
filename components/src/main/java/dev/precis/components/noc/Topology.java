package dev.precis.components.noc;

/**
 * The shape of a network: how many terminal nodes it serves, how its routers are wired
 * ({@link NetworkLayout}) and how a packet finds its way ({@link RoutingFunction}).
 */
public sealed interface Topology permits MeshTopology, TorusTopology, CrossbarTopology, BusTopology {

    /** Number of terminal nodes (packet sources and sinks). */
    int nodes();

    /** Routers, their port counts, the links between them and where each node attaches. */
    NetworkLayout layout();

    /** The routing function of this topology (dimension order on mesh and torus). */
    RoutingFunction routing();

    /** Smallest number of virtual channels the routing function needs to be deadlock free. */
    default int minimumVcs() {
        return 1;
    }

    /** Short name used in configurations and reports: mesh, torus, crossbar, bus. */
    String name();

    /**
     * Builds a topology from its name.
     *
     * @param name  mesh, torus, crossbar or bus
     * @param k     routers per dimension for mesh and torus (k^n nodes), number of nodes for crossbar and bus
     * @param n     dimensions of mesh and torus; crossbar and bus do not use it
     */
    static Topology of(String name, int k, int n) {
        return switch (name) {
            case "mesh" -> new MeshTopology(k, n);
            case "torus" -> new TorusTopology(k, n);
            case "crossbar" -> new CrossbarTopology(k);
            case "bus" -> new BusTopology(k);
            default -> throw new IllegalArgumentException(
                    "unknown topology '" + name + "'; known topologies: mesh, torus, crossbar, bus");
        };
    }
}
