package dev.precis.components.noc;

import java.util.Arrays;
import java.util.List;

/** One router with a port per node: every packet crosses exactly one switch. */
public record CrossbarTopology(int nodes) implements Topology {

    public CrossbarTopology {
        if (nodes < 2) {
            throw new IllegalArgumentException("crossbar: nodes must be at least 2, got " + nodes);
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
        return (router, inputPort, inputVc, dest, vcs) -> new Route(dest, 0, vcs - 1);
    }

    @Override
    public String name() {
        return "crossbar";
    }
}
