package dev.precis.components.dma;

/** Where a DMA engine's requests go; answers come back through {@link DmaEngine#completed}. */
public interface DmaMemory {

    /** Which side of the transfer a request addresses. */
    enum Side { DRAM, BUFFER }

    /**
     * Issues request {@code requestId}.
     *
     * @param tileBytes the buffer span of the tile the request belongs to (for capacity checks)
     */
    void issue(long requestId, Side side, boolean write, long address, int bytes, long tileBytes);
}
