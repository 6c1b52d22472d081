package dev.precis.tlm;

import dev.precis.tlm.stats.StatsSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The value a run produces: why it ended, when, how many events ran, the event digest, the statistics, and
 * the failure or deadlock report if there was one. Everything but {@code wallNanos} is identical for the same
 * model and seed on every engine and thread count.
 *
 * @param digest a hash of every component's own sequence of handled events, combined in component order
 * @param componentDigests the per-component digests, in component id order
 */
public record SimulationResult(RunStatus status, long endTimePs, long events, long digest,
                               List<Long> componentDigests, StatsSnapshot stats, String stopReason,
                               ComponentFailure failure, DeadlockReport deadlock, long wallNanos) {

    public Optional<ComponentFailure> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    public Optional<DeadlockReport> deadlockIfAny() {
        return Optional.ofNullable(deadlock);
    }

    public boolean ok() {
        return status != RunStatus.FAILED && status != RunStatus.DEADLOCK;
    }

    /** Returns this result, or throws a {@link SimulationException} carrying it if the run failed or deadlocked. */
    public SimulationResult orThrow() {
        if (status == RunStatus.FAILED) {
            throw new SimulationException(failure.message(), this, failure.cause());
        }
        if (status == RunStatus.DEADLOCK) throw new SimulationException(deadlock.describe(), this, null);
        return this;
    }

    public double eventsPerSecond() {
        return wallNanos == 0 ? 0 : events * 1e9 / wallNanos;
    }
}
