package dev.precis.components.noc;

import java.util.Arrays;
import java.util.List;

/** One router with a port per node: every packet crosses exactly one switch. */
public record CrossbarTopology(int nodes) implements Topology {

    /** Ports of one router: a route packs its output port into 15 bits. */
    private static final int MAX_PORTS = (1 << 15) - 1;

    public CrossbarTopology {
        if (nodes < 2) {
            throw new IllegalArgumentException("crossbar: nodes must be at least 2, got " + nodes);
        }
        if (nodes > MAX_PORTS) {
            throw new IllegalArgumentException("crossbar: k = " + nodes + " nodes exceeds the " + MAX_PORTS
                    + " ports a router can have");
        }
    }

    @Override
    public NetworkLayout layout() {
        int[] ports = {nodes};
        int[] zero = new int[nodes];
        int[] self = new int[nodes];
        Arrays.setAll(self, i -> i);
        return new NetworkLayout(ports, ports.clone(), List.of(), zero, self, zero.clone(), self.clone());
    }

    @Override
    public RoutingFunction routing() {
        return (router, inputPort, inputVc, dest, vcs) -> Route.of(dest, 0, vcs - 1);
    }

    @Override
    public String name() {
        return "crossbar";
    }
}
