/**
 * Drift (DAC 2024, distribution-based dynamic precision) as kernel components: the precision detector
 * ({@link dev.precis.components.drift.DriftDetectorComponent}, type {@code drift-detector}) and the online
 * scheduler ({@link dev.precis.components.drift.DriftSchedulerComponent}, type {@code drift-scheduler}) in front
 * of a precision-flexible array split into sub-arrays (any PE-array component of the shared protocol, e.g.
 * {@code ant-pe-array} with {@code variant = bitfusion}, one per scheduler port {@code out<i>}).
 *
 * <h2>How the paper's mechanism maps to components</h2>
 * <ul>
 *   <li>"The precision of each sub-tensor is picked at run time from its value distribution": the replay
 *       streams runs of the trace's activation tiles ({@link dev.precis.components.drift.ActivationTiles},
 *       extension {@code drift.tiles}); the detector assigns each tile a supported precision
 *       ({@link dev.precis.components.drift.AssignedPrecisions}, {@code drift.assigned}) and charges the
 *       comparisons' time, energy and area. The per-tile precision itself comes from the trace (the workloads'
 *       DriftQuantizer applies the rule a detector would: the narrowest of 2, 4, 6, 8 bits holding all but 3%
 *       outliers of the tile's static 8-bit codes).</li>
 *   <li>"An online scheduler dispatches the mixed-precision work onto a precision-flexible array": the
 *       scheduler queues tiles per layer, weight segment and precision and hands each free sub-array a pass of
 *       tiles (one COMPUTE block, output stationary). What it packs is a slot
 *       ({@link dev.precis.components.drift.DriftSchedulingPolicy}): {@code drift-packing} (Drift),
 *       {@code static-layer} (the baseline: a BitFusion-style array on the statically quantized model) and
 *       {@code arrival-order} (dynamic precision without packing: a pass runs at its widest tile).</li>
 * </ul>
 *
 * <h2>Our reconstruction</h2>
 * Only Drift's abstract is public (PAPERS.md section 3). Everything below it is ours: the tile shape (1 x 64
 * along K), the detection rule and its hardware (comparators and outlier counters per value lane), the
 * sub-array organisation (4 sub-arrays of 8 rows of 8/2-bit PEs by default), what a pass is (tiles of one
 * weight segment filling a sub-array's row lanes), the packing rule, the work-conserving partial-pass rule and
 * the queue storage. Partial sums of one output row across weight segments are assumed to accumulate in the
 * output buffer without stalls. Costs come from {@link dev.precis.components.energy.DatapathCosts} (Horowitz
 * and NanGate parts anchored on the ANT artifact's PE), not from Drift.
 */
package dev.precis.components.drift;
