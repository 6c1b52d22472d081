/**
 * Memory models that are not DRAM: {@link dev.precis.components.memory.IdealMemoryComponent} (type
 * {@code ideal-memory}), the fixed-width interface of {@code W} bits per cycle with which the ANT/BitFusion
 * simulator models memory (clevercool/ANT-Quantization, ant_simulator/bitfusion: {@code if_width}; no banks,
 * rows or refresh), so that a composition can reproduce that simulator's figures, and {@link
 * dev.precis.components.memory.TransferBits}, the exact bit count a transfer may carry when it is not a whole
 * number of bytes (a tile of 4-bit operands).
 */
package dev.precis.components.memory;
