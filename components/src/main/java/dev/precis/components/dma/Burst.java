package dev.precis.components.dma;

/** One memory request of a DMA transfer: a contiguous piece of a row that stays within one burst-aligned block. */
record Burst(long dramAddress, long bufferAddress, int bytes) {
}
