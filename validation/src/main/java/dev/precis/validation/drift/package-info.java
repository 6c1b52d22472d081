/**
 * Drift (DAC 2024): the drift detector, scheduler and four BitFusion sub-arrays as a kernel chain, fed the drift
 * quantizer's tiles of each model, with the packing policy against the static-layer baseline.
 */
package dev.precis.validation.drift;
