/**
 * Drift (DAC 2024): the {@code drift} preset through the accelerator run API (detector, scheduler, four BitFusion
 * sub-arrays), its packing policy against its static-layer baseline on one drift trace per model.
 */
package dev.precis.validation.drift;
