/**
 * Panacea (HPCA 2025): the panacea and sibia bit-slice arrays replayed on the panacea quantizer's slice
 * statistics, with the ZPM/DBS ablation.
 */
package dev.precis.validation.panacea;
