package dev.precis.components.noc;

import java.util.Arrays;
import java.util.List;

/**
 * A shared bus: one flit crosses it per cycle in total. Modelled structurally as an arbiter
 * router (every node in, one output) feeding a distribution router (one input, every node out),
 * so that bus arbitration, contention and back-pressure come from the same router model as the
 * other topologies rather than from a formula.
 */
public record BusTopology(int nodes) implements Topology {

    /** Ports of one router: a route packs its output port into 15 bits. */
    private static final int MAX_PORTS = (1 << 15) - 1;

    private static final int ARBITER = 0;
    private static final int DISTRIBUTOR = 1;

    public BusTopology {
        if (nodes < 2) {
            throw new IllegalArgumentException("bus: nodes must be at least 2, got " + nodes);
        }
        if (nodes > MAX_PORTS) {
            throw new IllegalArgumentException("bus: k = " + nodes + " nodes exceeds the " + MAX_PORTS
                    + " ports a router can have");
        }
    }

    @Override
    public NetworkLayout layout() {
        int[] inputs = {nodes, 1};
        int[] outputs = {1, nodes};
        int[] arbiter = new int[nodes];
        Arrays.fill(arbiter, ARBITER);
        int[] distributor = new int[nodes];
        Arrays.fill(distributor, DISTRIBUTOR);
        int[] self = new int[nodes];
        Arrays.setAll(self, i -> i);
        List<NetworkLayout.Link> links = List.of(new NetworkLayout.Link(ARBITER, 0, DISTRIBUTOR, 0));
        return new NetworkLayout(inputs, outputs, links, arbiter, self, distributor, self.clone());
    }

    @Override
    public RoutingFunction routing() {
        return (router, inputPort, inputVc, dest, vcs) ->
                Route.of(router == ARBITER ? 0 : dest, 0, vcs - 1);
    }

    @Override
    public String name() {
        return "bus";
    }
}
