package dev.precis.workloads.zoo;

/** Shape of one image's activations between convolutions: channels x height x width. */
public record FeatureMap(int channels, int height, int width) {

    public FeatureMap {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException("feature map dimensions must be positive: "
                    + channels + "x" + height + "x" + width);
        }
    }

    /** Shape after a pooling window (max or average), PyTorch's floor rule. */
    public FeatureMap pooled(int kernel, int stride, int pad) {
        return new FeatureMap(channels, (height + 2 * pad - kernel) / stride + 1,
                (width + 2 * pad - kernel) / stride + 1);
    }

    public FeatureMap withChannels(int newChannels) {
        return new FeatureMap(newChannels, height, width);
    }

    public long elements() {
        return (long) channels * height * width;
    }
}
