package dev.precis.workloads.zoo;

/**
 * A 2-D convolution (NCHW input, OIHW weights), possibly grouped (depthwise when
 * {@code groups == inChannels}).
 *
 * <p>The output size is stored, not derived, because conventions differ: PyTorch uses
 * {@code floor((H + 2p - k) / s) + 1} ({@link #of}), SCALE-Sim ignores padding and uses
 * {@code ceil((H - k + s) / s)} (see {@code ScaleSimTopologyReader}).
 *
 * <p>Lowering to GEMM (im2col), per group g of {@code groups}:
 * <ul>
 *   <li>M = batch x outHeight x outWidth: one row per output pixel of every image;</li>
 *   <li>N = outChannels / groups: one column per output channel of the group;</li>
 *   <li>K = (inChannels / groups) x kernelHeight x kernelWidth: the receptive field, ordered
 *       (channel, kernel row, kernel column) as in PyTorch's weight layout;</li>
 *   <li>count = groups.</li>
 * </ul>
 * MACs = batch x outH x outW x outC x (inC / groups) x kH x kW.
 */
public record ConvLayer(
        String name,
        int inChannels, int inHeight, int inWidth,
        int outChannels,
        int kernelHeight, int kernelWidth,
        int strideHeight, int strideWidth,
        int padHeight, int padWidth,
        int groups,
        int outHeight, int outWidth,
        ActivationKind inputKind) implements Layer {

    public ConvLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("conv layer needs a name");
        }
        requirePositive(name, "inChannels", inChannels);
        requirePositive(name, "inHeight", inHeight);
        requirePositive(name, "inWidth", inWidth);
        requirePositive(name, "outChannels", outChannels);
        requirePositive(name, "kernelHeight", kernelHeight);
        requirePositive(name, "kernelWidth", kernelWidth);
        requirePositive(name, "strideHeight", strideHeight);
        requirePositive(name, "strideWidth", strideWidth);
        requirePositive(name, "groups", groups);
        requirePositive(name, "outHeight", outHeight);
        requirePositive(name, "outWidth", outWidth);
        if (padHeight < 0 || padWidth < 0) {
            throw new IllegalArgumentException(name + ": padding must be >= 0");
        }
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException(name + ": groups=" + groups
                    + " must divide inChannels=" + inChannels + " and outChannels=" + outChannels);
        }
        if (inputKind == null) {
            throw new IllegalArgumentException(name + ": inputKind is required");
        }
    }

    /** A convolution with PyTorch's output-size rule. */
    public static ConvLayer of(String name, int inChannels, int inHeight, int inWidth, int outChannels,
                               int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
                               int padHeight, int padWidth, int groups, ActivationKind inputKind) {
        int outH = Math.floorDiv(inHeight + 2 * padHeight - kernelHeight, strideHeight) + 1;
        int outW = Math.floorDiv(inWidth + 2 * padWidth - kernelWidth, strideWidth) + 1;
        if (outH <= 0 || outW <= 0) {
            throw new IllegalArgumentException(name + ": kernel " + kernelHeight + "x" + kernelWidth
                    + " does not fit input " + inHeight + "x" + inWidth);
        }
        return new ConvLayer(name, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth,
                strideHeight, strideWidth, padHeight, padWidth, groups, outH, outW, inputKind);
    }

    /** Square kernel, equal strides and padding. */
    public static ConvLayer square(String name, FeatureMap in, int outChannels, int kernel, int stride,
                                   int pad, int groups, ActivationKind inputKind) {
        return of(name, in.channels(), in.height(), in.width(), outChannels, kernel, kernel,
                stride, stride, pad, pad, groups, inputKind);
    }

    @Override
    public GemmShape gemm(int batch) {
        Layer.requirePositiveBatch(batch);
        long m = (long) batch * outHeight * outWidth;
        long k = (long) (inChannels / groups) * kernelHeight * kernelWidth;
        return new GemmShape(m, outChannels / groups, k, groups);
    }

    @Override
    public boolean hasWeights() {
        return true;
    }

    @Override
    public ConvLayer renamed(String newName) {
        return new ConvLayer(newName, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth,
                strideHeight, strideWidth, padHeight, padWidth, groups, outHeight, outWidth, inputKind);
    }

    @Override
    public String kind() {
        return "conv";
    }

    public FeatureMap output() {
        return new FeatureMap(outChannels, outHeight, outWidth);
    }

    private static void requirePositive(String layer, String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(layer + ": " + field + " must be positive, got " + value);
        }
    }
}
