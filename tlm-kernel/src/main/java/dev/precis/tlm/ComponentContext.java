package dev.precis.tlm;

import dev.precis.tlm.stats.StatsScope;
import dev.precis.tlm.trace.Signal;
import java.util.SplittableRandom;

/**
 * Everything a component may touch: the engine passes one to each component. A component never sees threads,
 * actors or any other component; this is what keeps components unit-testable without an engine.
 */
public interface ComponentContext {
    /** The current simulated time in picoseconds. */
    long now();

    /** The current cycle of the component's clock (0 when it has none). */
    long cycle();

    /** Sends {@code tx} on {@code port}; it reaches the peer after the link's latency. */
    void send(Port port, Transaction tx);

    /**
     * Sends {@code tx} on {@code port} with an extra delay on top of the link's latency (like SST's
     * {@code Link::send(delay, event)}): it arrives after latency + {@code extraDelayPs}.
     */
    void send(Port port, Transaction tx, long extraDelayPs);

    /** Runs {@code action} after {@code delayPs} (>= 0); for helpers that must not claim {@link Component#onEvent}. */
    void after(long delayPs, Runnable action);

    /** Delivers {@code event} to the component's own {@link Component#onEvent} after {@code delayPs} (>= 0). */
    void schedule(long delayPs, Object event);

    /** Resumes a suspended clock at its next edge. A no-op while the clock runs. */
    void wakeClock();

    /** A fresh transaction id, unique in the model and the same on every engine. */
    long newTransactionId();

    /** This component's statistics, registered under its hierarchical name. */
    StatsScope stats();

    /** A signal whose value changes are written to the VCD file when VCD tracing is on. */
    Signal signal(String name, int widthBits);

    /** The component's logger; every line carries the simulated time. */
    SimLogger log();

    /** The component's own random stream, seeded from the model seed and the component's name. */
    SplittableRandom random();

    /**
     * Asks the run to end. Every event earlier than {@code now + L} still runs, where L is the model's smallest
     * link latency (1 ps without links), so the run ends at the same point on every engine.
     */
    void stop(String reason);
}
