package dev.precis.components.noc;

/**
 * A k x k 2D torus (mesh with wrap-around links) with dimension-order routing along the
 * shorter way round each ring; when both ways are equally long, packets to even coordinates go the
 * + way and packets to odd ones the - way (BookSim2 picks at random; a fixed split keeps routing
 * deterministic and balances the two directions the same way on average). Deadlock freedom uses
 * a dateline on the wrap-around link of each ring, as BookSim2's {@code dim_order_torus} does
 * (Dally and Towles, "Principles and Practices of Interconnection Networks", 2004, section 14.2):
 * the virtual channels are split in two halves, and a packet uses the upper half for its whole way
 * along a ring if that way crosses the wrap-around link, the lower half otherwise. Ejection may use
 * every virtual channel.
 */
public record TorusTopology(int k) implements Topology {

    public TorusTopology {
        GridLayout.requireRadix(k, "torus");
    }

    @Override
    public int nodes() {
        return k * k;
    }

    @Override
    public NetworkLayout layout() {
        return GridLayout.build(k, true);
    }

    @Override
    public int minimumVcs() {
        return 2;
    }

    @Override
    public RoutingFunction routing() {
        return (router, inputPort, inputVc, dest, vcs) -> {
            int x = router % k;
            int y = router / k;
            int dx = dest % k;
            int dy = dest / k;
            int out;
            boolean crossesWrap;
            if (dx != x) {
                boolean plus = goesPlus(x, dx);
                out = plus ? GridLayout.PLUS_X : GridLayout.MINUS_X;
                crossesWrap = plus ? dx < x : dx > x;
            } else if (dy != y) {
                boolean plus = goesPlus(y, dy);
                out = plus ? GridLayout.PLUS_Y : GridLayout.MINUS_Y;
                crossesWrap = plus ? dy < y : dy > y;
            } else {
                return new Route(GridLayout.LOCAL, 0, vcs - 1);
            }
            int half = vcs / 2;
            boolean continuing = inputPort != GridLayout.LOCAL && inputPort / 2 == out / 2;
            // Along a ring the packet keeps the half it entered with: after the wrap, "crosses" turns
            // false, but the packet must stay in the upper half.
            boolean upper = continuing ? inputVc >= half : crossesWrap;
            return upper ? new Route(out, half, vcs - 1) : new Route(out, 0, half - 1);
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
