package dev.precis.components.noc;

/**
 * A k x k 2D torus (mesh with wrap-around links) with dimension-order routing along the
 * shorter way round each ring (ties go the + way). Deadlock freedom uses a dateline per
 * dimension, as in Dally and Towles, "Principles and Practices of Interconnection Networks"
 * (2004), section 14.2: the virtual channels are split in two halves; a packet enters each
 * dimension in the lower half and moves to the upper half once it has crossed that
 * dimension's wrap-around link.
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
                boolean plus = Math.floorMod(dx - x, k) <= Math.floorMod(x - dx, k);
                out = plus ? GridLayout.PLUS_X : GridLayout.MINUS_X;
                crossesWrap = plus ? x == k - 1 : x == 0;
            } else if (dy != y) {
                boolean plus = Math.floorMod(dy - y, k) <= Math.floorMod(y - dy, k);
                out = plus ? GridLayout.PLUS_Y : GridLayout.MINUS_Y;
                crossesWrap = plus ? y == k - 1 : y == 0;
            } else {
                return new Route(GridLayout.LOCAL, 0, vcs - 1);
            }
            int half = vcs / 2;
            boolean sameDimension = inputPort != GridLayout.LOCAL && inputPort / 2 == out / 2;
            boolean alreadyCrossed = sameDimension && inputVc >= half;
            return (crossesWrap || alreadyCrossed) ? new Route(out, half, vcs - 1) : new Route(out, 0, half - 1);
        };
    }

    @Override
    public String name() {
        return "torus";
    }
}
