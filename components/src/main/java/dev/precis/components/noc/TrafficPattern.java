package dev.precis.components.noc;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Synthetic traffic: picks the destination of each new packet, as BookSim2's traffic patterns do
 * (src/traffic.cpp). Uniform random includes the source itself as a possible destination.
 */
public sealed interface TrafficPattern
        permits TrafficPattern.Uniform, TrafficPattern.Transpose, TrafficPattern.BitComplement,
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
            if (Integer.bitCount(nodes) != 1) {
                throw new IllegalArgumentException("bit-complement traffic needs a power-of-two node count, got "
                        + nodes);
            }
        }

        @Override
        public String name() {
            return "bitcomp";
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

    /** Builds a pattern from its command-line name: uniform, transpose, bitcomp (or bit-complement), hotspot. */
    static TrafficPattern of(String name) {
        return switch (name) {
            case "uniform" -> new Uniform();
            case "transpose" -> new Transpose();
            case "bitcomp", "bit-complement" -> new BitComplement();
            case "hotspot" -> new Hotspot(new int[] {0}, 0.2);
            default -> throw new IllegalArgumentException("unknown traffic pattern '" + name
                    + "'; known patterns: uniform, transpose, bitcomp, hotspot");
        };
    }
}
