/**
 * The replay of a workload through a composition: the {@code replay-controller} component
 * ({@link dev.precis.accelerators.replay.ReplayControllerComponent}) turns each layer into phases of COMPUTE blocks
 * and memory transfers with a {@link dev.precis.accelerators.replay.LayerPlanner}: the ANT artifact's mapper and
 * tile schedule ({@link dev.precis.accelerators.replay.MapperPlanner}, its overlap rule the slot
 * {@link dev.precis.accelerators.replay.OverlapPolicy}: {@code layer-aggregate} as the artifact,
 * {@code double-buffered} per step), a systolic array's layer GEMM, runs of tiles with their recorded precisions for
 * Drift's detector, or one GEMM block for the other arrays. It issues transactions and counts; every figure of a
 * report comes from the components' statistics.
 */
package dev.precis.accelerators.replay;
