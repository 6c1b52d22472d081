package dev.precis.components.noc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wiring shared by the k-ary n-dimensional mesh and torus (BookSim2's {@code mesh} and {@code torus}, both
 * k-ary n-cubes): router r serves node r, whose coordinate in dimension d is (r / k^d) mod k. Port numbers
 * follow BookSim2's k-ary n-cube: output 2d goes to the + neighbour in dimension d, output 2d+1 to the -
 * neighbour; input 2d comes from the + neighbour, input 2d+1 from the - neighbour; port 2n is the node's
 * injection (input) and ejection (output).
 */
final class GridLayout {

    private GridLayout() {
    }

    /** The port of the node attached to every router of an n-dimensional grid. */
    static int localPort(int n) {
        return 2 * n;
    }

    static NetworkLayout build(int k, int n, boolean wrap) {
        int routers = routers(k, n, wrap ? "torus" : "mesh");
        int ports = 2 * n + 1;
        int[] portCounts = new int[routers];
        Arrays.fill(portCounts, ports);
        List<NetworkLayout.Link> links = new ArrayList<>();
        for (int r = 0; r < routers; r++) {
            int stride = 1;
            for (int d = 0; d < n; d++) {
                int c = (r / stride) % k;
                if (wrap || c + 1 < k) {
                    int plus = r + (Math.floorMod(c + 1, k) - c) * stride;
                    links.add(new NetworkLayout.Link(r, 2 * d, plus, 2 * d + 1));
                }
                if (wrap || c > 0) {
                    int minus = r + (Math.floorMod(c - 1, k) - c) * stride;
                    links.add(new NetworkLayout.Link(r, 2 * d + 1, minus, 2 * d));
                }
                stride *= k;
            }
        }
        int[] local = new int[routers];
        Arrays.fill(local, localPort(n));
        int[] self = new int[routers];
        Arrays.setAll(self, i -> i);
        return new NetworkLayout(portCounts, portCounts.clone(), List.copyOf(links), self, local, self.clone(),
                local.clone());
    }

    /**
     * k^n, refused with the parameters named when it leaves the int range (node and router numbers are ints).
     */
    static int routers(int k, int n, String topology) {
        long count = 1;
        for (int d = 0; d < n; d++) {
            count *= k;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(topology + ": k = " + k + ", n = " + n
                        + " gives more than " + Integer.MAX_VALUE + " routers (k^n must fit in an int)");
            }
        }
        return (int) count;
    }

    static void requireShape(int k, int n, String topology) {
        if (k < 2) {
            throw new IllegalArgumentException(topology + ": k must be at least 2, got " + k);
        }
        if (n < 1) {
            throw new IllegalArgumentException(topology + ": n must be at least 1, got " + n);
        }
        routers(k, n, topology);
    }

    /**
     * The first dimension in which nodes {@code a} and {@code b} of a k-ary n-cube differ (dimension-order
     * routing corrects it next), or -1 when they are the same node.
     */
    static int firstDifference(int a, int b, int k, int n) {
        for (int d = 0; d < n; d++) {
            if (a % k != b % k) {
                return d;
            }
            a /= k;
            b /= k;
        }
        return -1;
    }

    /** Digit {@code d} (the coordinate in dimension d) of node {@code id}. */
    static int digit(int id, int d, int k) {
        for (int i = 0; i < d; i++) {
            id /= k;
        }
        return id % k;
    }
}
