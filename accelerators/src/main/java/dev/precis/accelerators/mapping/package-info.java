/**
 * The ANT artifact's mapper and cost model (clevercool/ANT-Quantization, ant_simulator/bitfusion: simulator.py,
 * optimizer.py, accelerator.py, stats.py), reproduced per layer: tile a layer over a bit-brick PE array with
 * double-buffered weight, input and output buffers and an ideal fixed-width memory interface, pick the loop
 * order and power-of-two tiling with the fewest cycles (ties: lowest energy), and report the artifact's
 * per-layer figures.
 *
 * <p>What is here:
 * <ul>
 *   <li>{@link dev.precis.accelerators.mapping.LayerShape}, {@link dev.precis.accelerators.mapping.MapperDesign},
 *       {@link dev.precis.accelerators.mapping.LayerProblem}: the inputs;</li>
 *   <li>{@link dev.precis.accelerators.mapping.Mapping} (loop order, tiling, dataflow): the mapper's output;</li>
 *   <li>{@link dev.precis.accelerators.mapping.MappingEvaluator}: the analytical cost of one mapping,
 *       {@link dev.precis.accelerators.mapping.MappingSearch}: the search over 120 orders x tilings;</li>
 *   <li>{@link dev.precis.accelerators.mapping.TileSchedule}: the mapping as a stream of tile steps (bits read per
 *       operand, bits written, compute cycles, buffer accesses), never materialised, and
 *       {@link dev.precis.accelerators.mapping.ScheduleTiming}, which sums it;</li>
 *   <li>{@link dev.precis.accelerators.mapping.LayerResult}: the per-layer figures (cycles, compute, stall, DRAM
 *       bits read and written, buffer accesses, energy parts).</li>
 * </ul>
 *
 * <h2>The contract between the evaluator and a replay</h2>
 * A later event-driven replay (DMA over the memory interface, double-buffered SRAM, a PE-array component)
 * driven by a {@link dev.precis.accelerators.mapping.TileSchedule} reproduces the evaluator's cycles when it
 * follows these rules, which are exactly the evaluator's:
 * <ol>
 *   <li>The schedule's steps run in order; step {@code i} keeps the array busy {@code computeCycles} cycles.</li>
 *   <li>Every bit crosses one memory interface of {@code W} bits per cycle (reads and writes share it); a transfer
 *       of {@code n} bits takes {@code ceil(n / W)} cycles when timed on its own.</li>
 *   <li>Fill: the first step's reads ({@code fill}) complete before any compute.</li>
 *   <li>Drain: the schedule's {@link dev.precis.accelerators.mapping.TileSchedule#drainBits() drain} (0, or the
 *       last step's write-back) is written after the last compute.</li>
 *   <li>Overlap ({@link dev.precis.accelerators.mapping.OverlapRule#LAYER_AGGREGATE}): every other transferred bit
 *       ({@code middle}) moves while the array computes, over the whole layer: the memory interface streams the
 *       middle traffic back to back and the array runs its steps back to back, neither waiting for the other.
 *       So {@code cycles = ceil(fill / W) + max(compute, ceil(middle / W)) + ceil(drain / W)} and
 *       {@code stall = cycles - compute}.</li>
 * </ol>
 * This is the artifact's idealisation (optimizer.py {@code get_stats_fast}: {@code max(0, memory - compute)} over
 * the layer plus the initial reads and final writes). A replay in which each step waits for its own operands with
 * two buffer halves per operand instead realises
 * {@link dev.precis.accelerators.mapping.OverlapRule#DOUBLE_BUFFERED} (per step {@code max(compute, transfer)}),
 * which {@link dev.precis.accelerators.mapping.ScheduleTiming} also computes; it is never faster.
 *
 * <h2>Reproduced quirks of the artifact</h2>
 * Faithful per-layer figures need the artifact's accounting as it is, so these are kept and named where they live:
 * kernels and outputs are treated as square (kernel height, output height: {@code LayerShape}); inputs are counted
 * im2col-expanded and padded to the array's columns, weights padded to its rows ({@code TileModel}); the output
 * tile is never checked against its buffer and every tile is costed as a full tile ({@code TileModel}); the
 * final write-back counts as a drain only when the innermost loop indexing the outputs already overflows their
 * buffer half ({@code RefetchRule}); mappings are ranked with one energy formula and reported with another
 * ({@code ArtifactEnergyModel}).
 */
package dev.precis.accelerators.mapping;
