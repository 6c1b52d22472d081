package dev.precis.components.noc;

/**
 * A k-ary n-dimensional mesh with dimension-order routing, as BookSim2's {@code dor} (= {@code dim_order}) on
 * {@code mesh}: a packet corrects dimension 0 first, then 1, ...; it may use any virtual channel at every hop.
 */
public record MeshTopology(int k, int n) implements Topology {

    public MeshTopology {
        GridLayout.requireShape(k, n, "mesh");
    }

    /** The 2-dimensional k x k mesh. */
    public MeshTopology(int k) {
        this(k, 2);
    }

    @Override
    public int nodes() {
        return GridLayout.routers(k, n, "mesh");
    }

    @Override
    public NetworkLayout layout() {
        return GridLayout.build(k, n, false);
    }

    @Override
    public RoutingFunction routing() {
        int local = GridLayout.localPort(n);
        return (router, inputPort, inputVc, dest, vcs) -> {
            int d = GridLayout.firstDifference(router, dest, k, n);
            if (d < 0) {
                return Route.of(local, 0, vcs - 1);
            }
            boolean plus = GridLayout.digit(dest, d, k) > GridLayout.digit(router, d, k);
            return Route.of(plus ? 2 * d : 2 * d + 1, 0, vcs - 1);
        };
    }

    @Override
    public String name() {
        return "mesh";
    }
}
