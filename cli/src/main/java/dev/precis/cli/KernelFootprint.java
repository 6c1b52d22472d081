package dev.precis.cli;

/**
 * Heap a kernel model needs, estimated from its size before it is built, for {@link MemoryBudget}. The figures
 * are upper bounds of the peak heap {@code precis bench kernel} reported on this project's 2-core machine
 * (BENCHMARKS.md, "Memory per component"): ring of 10^6 components 1.66 GiB (one link each), PHOLD of 2,000
 * components 1.27 GiB (2·10^6 links), actor engine with one actor per component 0.6 GiB at 5,000 and 2.1 GiB at
 * 10,000 actors (its window coordination keeps state per pair of actors, so it grows with the square).
 */
final class KernelFootprint {
    /** A component with its ports, runtime, statistics and digest (upper bound of the ring figure with its link). */
    static final long BYTES_PER_COMPONENT = 1024;
    /** A link and the two port bindings it makes. */
    static final long BYTES_PER_LINK = 1024;
    /** One pending event in a queue. */
    static final long BYTES_PER_EVENT = 64;
    /** Per ordered pair of actors of the actor engine. */
    static final long BYTES_PER_ACTOR_PAIR = 32;

    private KernelFootprint() {}

    /**
     * @param what the options the sizes come from, for the messages ({@code "--components 1000000000"})
     */
    static long bytes(String what, long components, long links, long actors, long pendingEvents) {
        long b = MemoryBudget.multiply(what, components, BYTES_PER_COMPONENT);
        b = MemoryBudget.add(what, b, MemoryBudget.multiply(what, links, BYTES_PER_LINK));
        b = MemoryBudget.add(what, b, MemoryBudget.multiply(what, MemoryBudget.multiply(what, actors, actors),
                BYTES_PER_ACTOR_PAIR));
        return MemoryBudget.add(what, b, MemoryBudget.multiply(what, pendingEvents, BYTES_PER_EVENT));
    }
}
