/**
 * The ANT artifact's evaluation as Precis preset data and runs: the six designs it compares (ANT output- and
 * weight-stationary, BitFusion, OLAccel, AdaFloat, BiScaled) with their configurations and per-event energies,
 * the benchmark models with each design's per-layer precision, whole-model runs through the
 * {@link dev.precis.accelerators.mapping} cost model, and the artifact's normalisation to AdaFloat.
 */
package dev.precis.accelerators.antfamily;
