/**
 * DMA: strided 2D/3D tile transfers between DRAM and an on-chip buffer, and plain linear READ/WRITE
 * transfers on the DRAM side only (a replay controller's or RLE codec's), split into burst-aligned
 * requests, with an issue width and a limit on bursts in flight.
 */
package dev.precis.components.dma;
