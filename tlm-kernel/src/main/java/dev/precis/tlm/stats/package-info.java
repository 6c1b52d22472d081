/**
 * Statistics: counters, accumulators and histograms registered under a component's hierarchical name
 * ({@link dev.precis.tlm.stats.StatsScope}, from a type's declared {@code StatSpec}s), the frozen snapshot of a run
 * sorted by name, and its CSV and JSON writer.
 */
package dev.precis.tlm.stats;
