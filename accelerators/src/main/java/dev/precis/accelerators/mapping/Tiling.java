package dev.precis.accelerators.mapping;

/**
 * Tile sizes of one mapping: {@code batch} images, an {@code out x out} square of output pixels
 * (the artifact tiles width and height alike), {@code inChannels} and {@code outChannels}.
 */
public record Tiling(long batch, int out, int inChannels, int outChannels) {

    public Tiling {
        if (batch <= 0 || out <= 0 || inChannels <= 0 || outChannels <= 0) {
            throw new IllegalArgumentException("tile sizes must be positive, got b=" + batch + " o=" + out
                    + " ic=" + inChannels + " oc=" + outChannels);
        }
    }

    /** Iterations of loop {@code dim} over {@code shape}: the dimension divided by the tile size, rounded up. */
    public long count(LoopDim dim, LayerShape shape) {
        return switch (dim) {
            case B -> ceilDiv(shape.batch(), batch);
            case OW, OH -> ceilDiv(shape.out(), out);
            case IC -> ceilDiv(shape.inChannels(), inChannels);
            case OC -> ceilDiv(shape.outChannels(), outChannels);
        };
    }

    /** Whether no tile is larger than its dimension. */
    public boolean fits(LayerShape shape) {
        return batch <= shape.batch() && out <= shape.out() && inChannels <= shape.inChannels()
                && outChannels <= shape.outChannels();
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
