/**
 * On-chip SRAM buffers: banked, multi-ported, optionally double-buffered, with capacity errors
 * that name the buffer, and energy, leakage and area from CACTI 7 ({@link dev.precis.components.energy.CactiSramTable}).
 */
package dev.precis.components.sram;
