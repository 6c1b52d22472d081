package dev.precis.tlm.models;

import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;

/** Ready-made models of the kernel's benchmarks and equivalence tests: ring, PHOLD, memory system. */
public final class KernelModels {
    private KernelModels() {}

    /**
     * N ring nodes in a circle with 1 ns links; {@code tokens} tokens start at node 0..tokens-1 (round robin);
     * each node forwards about {@code events / n} tokens, so about {@code events} events run in total.
     */
    public static Model ring(int n, int tokens, long events) {
        if (n < 2) throw new IllegalArgumentException("a ring needs at least 2 nodes, got " + n);
        if (tokens < 1) throw new IllegalArgumentException("a ring needs at least 1 token, got " + tokens);
        Model.Builder b = Model.builder();
        RingNode[] nodes = new RingNode[n];
        long budget = Math.max(1, events / n);
        for (int i = 0; i < n; i++) {
            int start = tokens / n + (i < tokens % n ? 1 : 0);
            nodes[i] = b.add(String.format("ring.n%05d", i), new RingNode(start, budget));
        }
        for (int i = 0; i < n; i++) b.link(nodes[i].port("out"), nodes[(i + 1) % n].port("in"), SimTime.ns(1));
        return b.build();
    }

    /**
     * PHOLD: n fully connected processes (1 ns lookahead links), {@code population} events each, exponential
     * extra delay of mean 1 ns; each process handles about {@code events / n} events before absorbing.
     */
    public static Model phold(int n, int population, long events, long seed) {
        if (n < 1) throw new IllegalArgumentException("PHOLD needs at least 1 process, got " + n);
        Model.Builder b = Model.builder().seed(seed);
        PholdNode[] nodes = new PholdNode[n];
        long budget = Math.max(1, events / n);
        for (int i = 0; i < n; i++) {
            nodes[i] = b.add(String.format("phold.lp%05d", i), new PholdNode(i, n, population, budget,
                    SimTime.ns(1), SimTime.ns(1)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b.link(nodes[i].port("p" + j), nodes[j].port("p" + i), SimTime.ns(1));
            }
        }
        return b.build();
    }

    /**
     * {@code generators} traffic generators, each with its own memory (queue depth 4, 4 banks interleaved every
     * 64 bytes, 20 ns + 1 ns per 16 bytes): generators issue faster than the memory serves, so back-pressure is
     * exercised, and the random addresses the seed draws decide which requests meet in a bank (bank conflicts).
     */
    public static Model memorySystem(int generators, int requests, long seed) {
        Model.Builder b = Model.builder().seed(seed);
        for (int i = 0; i < generators; i++) {
            TrafficGenerator g = b.add("sys.cpu" + i, new TrafficGenerator(requests, SimTime.ns(5), 1 << 20, 64, 0.3));
            BankedMemory m = b.add("sys.mem" + i, new BankedMemory(4, 4, 64, SimTime.ns(20), 1000 / 16));
            b.link(g.port("out"), m.port("in"), SimTime.ns(2));
        }
        return b.build();
    }
}
