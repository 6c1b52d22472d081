/**
 * On-chip SRAM buffers: banked, multi-ported, optionally double-buffered, with capacity errors
 * that name the buffer, and energy/area from {@link dev.precis.components.energy.SramEnergyTable}.
 */
package dev.precis.components.sram;
