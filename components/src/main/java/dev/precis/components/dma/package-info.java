/**
 * DMA: strided 2D/3D tile transfers between DRAM and an on-chip buffer, split into burst-aligned
 * requests, with a limit on bursts in flight.
 */
package dev.precis.components.dma;
