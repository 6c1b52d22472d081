package dev.precis.accelerators.mapping;

import dev.precis.workloads.zoo.ConvLayer;
import dev.precis.workloads.zoo.FcLayer;
import dev.precis.workloads.zoo.Layer;
import dev.precis.workloads.zoo.MatMulLayer;

/**
 * A layer as the ANT artifact's mapper sees it (simulator.py {@code get_cycles}): a convolution with a
 * square {@code kernel x kernel} window, a square {@code out x out} output, one {@code stride}, {@code inChannels}
 * and {@code outChannels}, over {@code batch} images; {@code repeats} identical copies run one after the other.
 *
 * <p>Following the artifact, the kernel is the layer's kernel <em>height</em> and the output its output
 * <em>height</em>: a 1x7 convolution is treated as 1x1, a 7x1 one as 7x7 (Inception-v3's factorised
 * convolutions). A fully connected layer is a 1x1 convolution on a 1x1 map whose batch is
 * {@code batch x rowsPerSample} (tokens x images for Transformer projections).
 */
public record LayerShape(String name, int kernel, int out, int stride, int inChannels, int outChannels, long batch,
                         long repeats) {

    public LayerShape {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("layer shape needs a name");
        }
        if (kernel <= 0 || out <= 0 || stride <= 0 || inChannels <= 0 || outChannels <= 0 || batch <= 0 || repeats <= 0) {
            throw new IllegalArgumentException(name + ": kernel, out, stride, channels, batch and repeats must be positive, got K="
                    + kernel + " O=" + out + " S=" + stride + " IC=" + inChannels + " OC=" + outChannels + " B=" + batch
                    + " repeats=" + repeats);
        }
    }

    /**
     * The artifact's view of a zoo layer at {@code batch}. A grouped convolution becomes {@code groups}
     * repeats of one group; an attention matrix product (not in the artifact's lists) becomes
     * {@code batch x heads} repeats of an {@code m x k} by {@code k x n} product.
     */
    public static LayerShape of(Layer layer, int batch) {
        Layer.requirePositiveBatch(batch);
        if (layer instanceof ConvLayer c) {
            return new LayerShape(c.name(), c.kernelHeight(), c.outHeight(), c.strideHeight(),
                    c.inChannels() / c.groups(), c.outChannels() / c.groups(), batch, c.groups());
        }
        if (layer instanceof FcLayer f) {
            return new LayerShape(f.name(), 1, 1, 1, f.inFeatures(), f.outFeatures(), (long) batch * f.rowsPerSample(), 1);
        }
        MatMulLayer m = (MatMulLayer) layer; // Layer is sealed: conv, fc or matmul
        return new LayerShape(m.name(), 1, 1, 1, m.k(), m.n(), m.m(), (long) batch * m.heads());
    }

    /** Multiply-accumulates the artifact counts ({@code O^2 K^2 IC OC B}, per repeat), times repeats. */
    public long macs() {
        long perRepeat = Math.multiplyExact(Math.multiplyExact((long) out * out * kernel * kernel,
                (long) inChannels * outChannels), batch);
        return Math.multiplyExact(perRepeat, repeats);
    }
}
