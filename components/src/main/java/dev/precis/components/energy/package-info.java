/**
 * Energy and area tables shared by components, each figure with its source: SRAM arrays from CACTI 7
 * ({@link dev.precis.components.energy.CactiSramTable}).
 */
package dev.precis.components.energy;
