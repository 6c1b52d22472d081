package dev.precis.components.noc;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Synthetic traffic: picks the destination of each new packet, as BookSim2's traffic patterns do
 * (src/traffic.cpp). Uniform random includes the source itself as a possible destination. The digit patterns
 * (tornado, neighbor) read a node number as n digits of radix k, as BookSim2 does on its k-ary n-cubes.
 */
public sealed interface TrafficPattern
        permits TrafficPattern.Uniform, TrafficPattern.Transpose, TrafficPattern.BitComplement,
        TrafficPattern.BitReverse, TrafficPattern.Shuffle, TrafficPattern.Tornado, TrafficPattern.Neighbor,
        TrafficPattern.Hotspot {

    int destination(int source, int nodes, RandomGenerator rng);

    /** Checks that the pattern can serve {@code nodes} nodes; throws with the reason otherwise. */
    default void validate(int nodes) {
    }

    String name();

    /** Every node equally likely, the source included. */
    record Uniform() implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            return rng.nextInt(nodes);
        }

        @Override
        public String name() {
            return "uniform";
        }
    }

    /**
     * Node bits swapped half for half: on a k x k grid with k a power of two, (x, y) sends to (y, x).
     * Needs a power-of-two node count with an even number of address bits.
     */
    record Transpose() implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            int bits = Integer.numberOfTrailingZeros(nodes);
            int half = bits / 2;
            int mask = nodes - 1;
            return ((source >>> half) | (source << half)) & mask;
        }

        @Override
        public void validate(int nodes) {
            if (Integer.bitCount(nodes) != 1 || Integer.numberOfTrailingZeros(nodes) % 2 != 0) {
                throw new IllegalArgumentException("transpose traffic needs 4^n nodes (e.g. an 8x8 grid), got "
                        + nodes);
            }
        }

        @Override
        public String name() {
            return "transpose";
        }
    }

    /** Every address bit inverted. Needs a power-of-two node count. */
    record BitComplement() implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            return ~source & (nodes - 1);
        }

        @Override
        public void validate(int nodes) {
            requirePowerOfTwo("bit-complement", nodes);
        }

        @Override
        public String name() {
            return "bitcomp";
        }
    }

    /** The address bits in reverse order. Needs a power-of-two node count. */
    record BitReverse() implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            int bits = Integer.numberOfTrailingZeros(nodes);
            return bits == 0 ? 0 : Integer.reverse(source) >>> (32 - bits);
        }

        @Override
        public void validate(int nodes) {
            requirePowerOfTwo("bitrev", nodes);
        }

        @Override
        public String name() {
            return "bitrev";
        }
    }

    /** The address bits rotated left by one. Needs a power-of-two node count. */
    record Shuffle() implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            int shifted = source << 1;
            return (shifted & (nodes - 1)) | ((shifted & nodes) != 0 ? 1 : 0);
        }

        @Override
        public void validate(int nodes) {
            requirePowerOfTwo("shuffle", nodes);
        }

        @Override
        public String name() {
            return "shuffle";
        }
    }

    /** Each of the n radix-k digits moves (k + 1) / 2 - 1 places on, as BookSim2's tornado. */
    record Tornado(int k, int n) implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            return shiftDigits(source, k, n, (k + 1) / 2 - 1);
        }

        @Override
        public String name() {
            return "tornado";
        }
    }

    /** Each of the n radix-k digits moves one place on, as BookSim2's neighbor. */
    record Neighbor(int k, int n) implements TrafficPattern {
        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            return shiftDigits(source, k, n, 1);
        }

        @Override
        public String name() {
            return "neighbor";
        }
    }

    private static int shiftDigits(int source, int k, int n, int shift) {
        int offset = 1;
        int result = 0;
        for (int d = 0; d < n; d++) {
            result += offset * (((source / offset) % k + shift) % k);
            offset *= k;
        }
        return result;
    }

    private static void requirePowerOfTwo(String pattern, int nodes) {
        if (Integer.bitCount(nodes) != 1) {
            throw new IllegalArgumentException(pattern + " traffic needs a power-of-two node count, got " + nodes);
        }
    }

    /**
     * With probability {@code hotFraction} a packet goes to one of the hot nodes (chosen uniformly),
     * otherwise to any node uniformly.
     */
    record Hotspot(int[] hotNodes, double hotFraction) implements TrafficPattern {
        public Hotspot {
            if (hotNodes == null || hotNodes.length == 0) {
                throw new IllegalArgumentException("hotspot traffic needs at least one hot node");
            }
            if (!(hotFraction >= 0.0 && hotFraction <= 1.0)) {
                throw new IllegalArgumentException("hotspot traffic: hot fraction must be in [0, 1], got "
                        + hotFraction);
            }
            hotNodes = hotNodes.clone();
        }

        @Override
        public int destination(int source, int nodes, RandomGenerator rng) {
            if (rng.nextDouble() < hotFraction) {
                return hotNodes[rng.nextInt(hotNodes.length)];
            }
            return rng.nextInt(nodes);
        }

        @Override
        public void validate(int nodes) {
            for (int h : hotNodes) {
                if (h < 0 || h >= nodes) {
                    throw new IllegalArgumentException("hotspot traffic: hot node " + h + " outside 0.." + (nodes - 1));
                }
            }
        }

        @Override
        public String name() {
            return "hotspot";
        }
    }

    /**
     * Builds a pattern from its name (BookSim2's: uniform, transpose, bitcomp, bitrev, shuffle, tornado, neighbor;
     * and Precis' hotspot: 20% of packets to node 0) for the nodes of {@code topology}; digit patterns use the
     * mesh or torus radix and dimensions, and one digit of radix nodes on a crossbar or bus.
     */
    static TrafficPattern of(String name, Topology topology) {
        int k = topology instanceof MeshTopology m ? m.k() : topology instanceof TorusTopology t ? t.k()
                : topology.nodes();
        int n = topology instanceof MeshTopology m ? m.n() : topology instanceof TorusTopology t ? t.n() : 1;
        return switch (name) {
            case "uniform" -> new Uniform();
            case "transpose" -> new Transpose();
            case "bitcomp", "bit-complement" -> new BitComplement();
            case "bitrev" -> new BitReverse();
            case "shuffle" -> new Shuffle();
            case "tornado" -> new Tornado(k, n);
            case "neighbor" -> new Neighbor(k, n);
            case "hotspot" -> new Hotspot(new int[] {0}, 0.2);
            default -> throw new IllegalArgumentException("unknown traffic pattern '" + name
                    + "'; known patterns: uniform, transpose, bitcomp, bitrev, shuffle, tornado, neighbor, hotspot");
        };
    }
}
