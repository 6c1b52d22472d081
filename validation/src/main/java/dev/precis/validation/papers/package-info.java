/**
 * What the paper experiments share: a model's layers quantized in memory exactly as {@code precis trace} would
 * ({@link dev.precis.validation.papers.ModelLayers}), and replaying blocks on one registered PE-array component
 * through the kernel ({@link dev.precis.validation.papers.ArrayReplay}). These stand in for the accelerator run
 * API (ACCEL_CONTRACT.md) until the paper experiments move onto its presets.
 */
package dev.precis.validation.papers;
