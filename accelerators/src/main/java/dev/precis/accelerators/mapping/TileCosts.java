package dev.precis.accelerators.mapping;

import dev.precis.components.pe.GemmDims;

/**
 * The per-tile figures of a tiling ({@link TileModel}): what one step of a tile schedule computes and reads.
 *
 * @param weightTileBits      one weight tile, padded to the array
 * @param inputTileBits       one input tile (im2col), padded to the array
 * @param outputTileBits      one output tile at 16 bits
 * @param computeCycles       compute cycles of one tile at the layer's precision
 * @param weightReadBits      weight-buffer reads of one tile's compute
 * @param inputReadBits       input-buffer reads of one tile's compute
 * @param outputReadBits      output-buffer reads of one tile's compute
 * @param outputWriteBits     output-buffer writes of one tile's compute
 * @param tiles               tiles of the layer (product of the loop trip counts)
 * @param fits                whether the weight and input tiles fit in half their buffers
 * @param tileDims            the GEMM one tile computes (b o^2 x oc x K^2 ic, edge tiles costed as full ones)
 */
public record TileCosts(long weightTileBits, long inputTileBits, long outputTileBits, long computeCycles,
                        long weightReadBits, long inputReadBits, long outputReadBits, long outputWriteBits,
                        long tiles, boolean fits, GemmDims tileDims) {

    static TileCosts of(TileModel t) {
        return new TileCosts(t.weightTileBits, t.inputTileBits, t.outputTileBits, t.computeCyclesPerTile,
                t.weightReadsPerTile, t.inputReadsPerTile, t.outputReadsPerTile, t.outputWritesPerTile, t.tiles, t.fits, t.tileDims);
    }
}
