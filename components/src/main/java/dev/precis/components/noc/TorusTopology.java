package dev.precis.components.noc;

/**
 * A k-ary n-dimensional torus (mesh with wrap-around links) with dimension-order routing along the shorter way
 * round each ring; when both ways are equally long, packets to even coordinates go the + way and packets to odd
 * ones the - way (BookSim2 picks at random; a fixed split keeps routing deterministic and balances the two
 * directions the same way on average). Deadlock freedom uses a dateline on the wrap-around link of each ring, as
 * BookSim2's {@code dim_order_torus} does (Dally and Towles, "Principles and Practices of Interconnection
 * Networks", 2004, section 14.2): the virtual channels are split in two halves, and a packet uses the upper half
 * for its whole way along a ring if that way crosses the wrap-around link, the lower half otherwise. Ejection may
 * use every virtual channel.
 */
public record TorusTopology(int k, int n) implements Topology {

    public TorusTopology {
        GridLayout.requireShape(k, n, "torus");
    }

    /** The 2-dimensional k x k torus. */
    public TorusTopology(int k) {
        this(k, 2);
    }

    @Override
    public int nodes() {
        return GridLayout.routers(k, n, "torus");
    }

    @Override
    public NetworkLayout layout() {
        return GridLayout.build(k, n, true);
    }

    /** Two dateline classes of at least one virtual channel each. */
    @Override
    public int minimumVcs() {
        return 2;
    }

    @Override
    public RoutingFunction routing() {
        int local = GridLayout.localPort(n);
        return (router, inputPort, inputVc, dest, vcs) -> {
            int d = GridLayout.firstDifference(router, dest, k, n);
            if (d < 0) {
                return Route.of(local, 0, vcs - 1);
            }
            int c = GridLayout.digit(router, d, k);
            int t = GridLayout.digit(dest, d, k);
            boolean plus = goesPlus(c, t);
            int out = plus ? 2 * d : 2 * d + 1;
            boolean crossesWrap = plus ? t < c : t > c;
            int half = vcs / 2;
            boolean continuing = inputPort != local && inputPort / 2 == d;
            // Along a ring the packet keeps the half it entered with: after the wrap, "crosses" turns false, but
            // the packet must stay in the upper half.
            boolean upper = continuing ? inputVc >= half : crossesWrap;
            return upper ? Route.of(out, half, vcs - 1) : Route.of(out, 0, half - 1);
        };
    }

    /** Direction along one ring from coordinate {@code from} to {@code to} (they differ). */
    private boolean goesPlus(int from, int to) {
        int plusDistance = Math.floorMod(to - from, k);
        int minusDistance = k - plusDistance;
        if (plusDistance != minusDistance) {
            return plusDistance < minusDistance;
        }
        return to % 2 == 0;
    }

    @Override
    public String name() {
        return "torus";
    }
}
