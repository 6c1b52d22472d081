package dev.precis.accelerators.mapping;

/**
 * One step of a {@link TileSchedule}: one tile computed, with what crosses the memory interface for it.
 *
 * @param index            0-based step number within one copy of the layer
 * @param weightReadBits   weight bits read from memory before this step (a new resident block), else 0
 * @param inputReadBits    input bits read from memory before this step, else 0
 * @param outputWriteBits  output bits written to memory after this step (a completed output block), else 0
 * @param computeCycles    cycles the array computes this tile at the layer's precision
 * @param buffers          buffer accesses of this step: the array's reads and writes, the buffer writes of the
 *                         blocks read from memory and the output-buffer reads of the block written back
 */
public record TileStep(long index, long weightReadBits, long inputReadBits, long outputWriteBits, long computeCycles,
                       BufferAccesses buffers) {

    public long readBits() {
        return weightReadBits + inputReadBits;
    }
}
