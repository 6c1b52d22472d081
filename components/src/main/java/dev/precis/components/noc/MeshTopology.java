package dev.precis.components.noc;

/**
 * A k x k 2D mesh with dimension-order (X then Y) routing, as BookSim2's {@code dor} on
 * {@code mesh}: a packet may use any virtual channel at every hop.
 */
public record MeshTopology(int k) implements Topology {

    public MeshTopology {
        GridLayout.requireRadix(k, "mesh");
    }

    @Override
    public int nodes() {
        return k * k;
    }

    @Override
    public NetworkLayout layout() {
        return GridLayout.build(k, false);
    }

    @Override
    public RoutingFunction routing() {
        return (router, inputPort, inputVc, dest, vcs) -> {
            int x = router % k;
            int y = router / k;
            int dx = dest % k;
            int dy = dest / k;
            int out;
            if (dx > x) {
                out = GridLayout.PLUS_X;
            } else if (dx < x) {
                out = GridLayout.MINUS_X;
            } else if (dy > y) {
                out = GridLayout.PLUS_Y;
            } else if (dy < y) {
                out = GridLayout.MINUS_Y;
            } else {
                out = GridLayout.LOCAL;
            }
            return new Route(out, 0, vcs - 1);
        };
    }

    @Override
    public String name() {
        return "mesh";
    }
}
