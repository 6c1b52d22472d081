package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * ResNet-18 and ResNet-50 (He et al., 2016) at 224x224 as in torchvision: a 7x7/2 stem
 * and 3x3/2 max pooling, four stages, global average pooling and a 1000-way classifier.
 * ResNet-50 uses torchvision's "v1.5" bottleneck (the stride sits on the 3x3
 * convolution). Layer order follows torchvision's module order: within a block the main
 * path convolutions, then the projection shortcut ("downsample").
 */
final class ResNets {

    private static final int[] BLOCKS_18 = {2, 2, 2, 2};
    private static final int[] BLOCKS_50 = {3, 4, 6, 3};
    private static final int[] WIDTHS = {64, 128, 256, 512};
    private static final int BOTTLENECK_EXPANSION = 4;

    private ResNets() {
    }

    static Model resnet18() {
        List<Layer> layers = new ArrayList<>();
        FeatureMap map = stem(layers);
        for (int stage = 0; stage < BLOCKS_18.length; stage++) {
            for (int block = 0; block < BLOCKS_18[stage]; block++) {
                String prefix = "layer" + (stage + 1) + "." + block + ".";
                int stride = stage > 0 && block == 0 ? 2 : 1;
                int width = WIDTHS[stage];
                FeatureMap blockInput = map;
                ConvLayer c1 = add(layers, ConvLayer.square(prefix + "conv1", map, width, 3, stride, 1, 1,
                        ActivationKind.POST_RELU));
                ConvLayer c2 = add(layers, ConvLayer.square(prefix + "conv2", c1.output(), width, 3, 1, 1, 1,
                        ActivationKind.POST_RELU));
                if (stride != 1 || blockInput.channels() != width) {
                    add(layers, ConvLayer.square(prefix + "downsample", blockInput, width, 1, stride, 0, 1,
                            ActivationKind.POST_RELU));
                }
                map = c2.output();
            }
        }
        layers.add(new FcLayer("fc", map.channels(), 1000, 1, ActivationKind.POST_RELU));
        return new Model("resnet18", "ResNet-18 (torchvision), 224x224, 1000 classes", layers);
    }

    static Model resnet50() {
        List<Layer> layers = new ArrayList<>();
        FeatureMap map = stem(layers);
        for (int stage = 0; stage < BLOCKS_50.length; stage++) {
            for (int block = 0; block < BLOCKS_50[stage]; block++) {
                String prefix = "layer" + (stage + 1) + "." + block + ".";
                int stride = stage > 0 && block == 0 ? 2 : 1;
                int width = WIDTHS[stage];
                int outChannels = width * BOTTLENECK_EXPANSION;
                FeatureMap blockInput = map;
                ConvLayer c1 = add(layers, ConvLayer.square(prefix + "conv1", map, width, 1, 1, 0, 1,
                        ActivationKind.POST_RELU));
                ConvLayer c2 = add(layers, ConvLayer.square(prefix + "conv2", c1.output(), width, 3, stride, 1, 1,
                        ActivationKind.POST_RELU));
                ConvLayer c3 = add(layers, ConvLayer.square(prefix + "conv3", c2.output(), outChannels, 1, 1, 0, 1,
                        ActivationKind.POST_RELU));
                if (stride != 1 || blockInput.channels() != outChannels) {
                    add(layers, ConvLayer.square(prefix + "downsample", blockInput, outChannels, 1, stride, 0, 1,
                            ActivationKind.POST_RELU));
                }
                map = c3.output();
            }
        }
        layers.add(new FcLayer("fc", map.channels(), 1000, 1, ActivationKind.POST_RELU));
        return new Model("resnet50", "ResNet-50 v1.5 (torchvision), 224x224, 1000 classes", layers);
    }

    private static FeatureMap stem(List<Layer> layers) {
        ConvLayer conv1 = add(layers, ConvLayer.square("conv1", new FeatureMap(3, 224, 224), 64, 7, 2, 3, 1,
                ActivationKind.NETWORK_INPUT));
        return conv1.output().pooled(3, 2, 1);
    }

    private static ConvLayer add(List<Layer> layers, ConvLayer layer) {
        layers.add(layer);
        return layer;
    }
}
