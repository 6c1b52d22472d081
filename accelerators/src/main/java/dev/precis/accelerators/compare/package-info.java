/**
 * Several accelerators on one workload, normalised to a baseline: {@link dev.precis.accelerators.compare.ComparisonRunner}
 * runs each design through {@link dev.precis.accelerators.run.AcceleratorRunner} (in parallel, results in the order
 * given), {@link dev.precis.accelerators.compare.Comparison} holds the figures (cycles and energy parts, absolute and
 * over the baseline) and renders them as a table, compare.json and a PNG chart
 * ({@link dev.precis.accelerators.compare.ComparisonChart}). Used by {@code precis compare}; validation and sweeps
 * may reuse the value type and its renderers.
 */
package dev.precis.accelerators.compare;
