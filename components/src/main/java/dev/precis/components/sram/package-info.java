/**
 * On-chip SRAM buffers: banked, multi-ported, optionally double-buffered, with capacity errors that name the
 * buffer; their parameters declared once in {@link dev.precis.components.sram.SramComponentType} and built by name
 * into {@link dev.precis.components.sram.SramConfig}, which checks the rules between them and looks up energy,
 * leakage and area in the CACTI 7 table ({@link dev.precis.components.energy.CactiSramTable}).
 */
package dev.precis.components.sram;
