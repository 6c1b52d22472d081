/**
 * {@code precis validate}: every published or reference figure Precis must reproduce, as {@link
 * dev.precis.validation.Check}s grouped by {@link dev.precis.validation.Experiment} (one per paper or reference
 * simulator: ant, lpa, drift, panacea, systolic, dram, noc), run by {@link dev.precis.validation.Validation} at a
 * {@link dev.precis.validation.Scope} (full, or quick: two models per paper at batch 1, the same code).
 *
 * <p>Rules: every Precis figure comes out of a simulation (the mapper, the kernel components, the replays); a
 * reference figure is data shipped with its source ({@code reference/} resources); where a faithful model does not
 * reach a published figure the check fails and the experiment's gaps say which mechanism or assumption differs.
 * No constant is tuned to pass. Outputs (validation.json, report.md, PNG plots) are written by
 * {@link dev.precis.validation.report.ReportWriter}, atomically.
 */
package dev.precis.validation;
