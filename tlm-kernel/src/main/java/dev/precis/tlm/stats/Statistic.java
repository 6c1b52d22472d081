package dev.precis.tlm.stats;

/** A live statistic owned by one component. */
public sealed interface Statistic permits Counter, Accumulator, Histogram {
    StatInfo info();

    /** An immutable copy of the current value. */
    StatValue snapshot();
}
