package dev.precis.components.noc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wiring shared by the 2D mesh and torus: router (x, y) serves node y*k + x. Port numbers follow
 * BookSim2's k-ary n-cube: output 2d goes to the + neighbour in dimension d, output 2d+1 to the -
 * neighbour; input 2d comes from the + neighbour, input 2d+1 from the - neighbour; port 4 is the
 * node's injection (input) and ejection (output).
 */
final class GridLayout {

    static final int PLUS_X = 0;
    static final int MINUS_X = 1;
    static final int PLUS_Y = 2;
    static final int MINUS_Y = 3;
    static final int LOCAL = 4;
    static final int PORTS = 5;

    private GridLayout() {
    }

    static NetworkLayout build(int k, boolean wrap) {
        int n = k * k;
        int[] ports = new int[n];
        Arrays.fill(ports, PORTS);
        List<NetworkLayout.Link> links = new ArrayList<>();
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                int r = y * k + x;
                addLink(links, k, wrap, r, x + 1, y, PLUS_X, MINUS_X);
                addLink(links, k, wrap, r, x - 1, y, MINUS_X, PLUS_X);
                addLink(links, k, wrap, r, x, y + 1, PLUS_Y, MINUS_Y);
                addLink(links, k, wrap, r, x, y - 1, MINUS_Y, PLUS_Y);
            }
        }
        int[] local = new int[n];
        Arrays.fill(local, LOCAL);
        int[] self = new int[n];
        Arrays.setAll(self, i -> i);
        return new NetworkLayout(ports, ports.clone(), List.copyOf(links), self, local, self.clone(), local.clone());
    }

    /** Link from router r's output {@code outPort} to (nx, ny), entering at the input facing back. */
    private static void addLink(List<NetworkLayout.Link> links, int k, boolean wrap, int r, int nx, int ny,
                                int outPort, int inPort) {
        if (!wrap && (nx < 0 || nx >= k || ny < 0 || ny >= k)) {
            return;
        }
        int wx = Math.floorMod(nx, k);
        int wy = Math.floorMod(ny, k);
        links.add(new NetworkLayout.Link(r, outPort, wy * k + wx, inPort));
    }

    static void requireRadix(int k, String topology) {
        if (k < 2) {
            throw new IllegalArgumentException(topology + ": k must be at least 2, got " + k);
        }
    }
}
