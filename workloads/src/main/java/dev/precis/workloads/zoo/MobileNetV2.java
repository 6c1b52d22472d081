package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * MobileNetV2 (Sandler et al., 2018), width 1.0, 224x224, as in torchvision: inverted
 * residual blocks of 1x1 expansion, 3x3 depthwise (groups = channels) and 1x1 linear
 * projection. About 300 M MAC per image (the paper's Table 3 figure).
 */
final class MobileNetV2 {

    /** Expansion t, output channels c, repeats n, first stride s: the paper's Table 2. */
    private static final int[][] SETTINGS = {
            {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};

    private MobileNetV2() {
    }

    static Model build() {
        List<Layer> layers = new ArrayList<>();
        ConvLayer stem = ConvLayer.square("features.0", new FeatureMap(3, 224, 224), 32, 3, 2, 1, 1,
                ActivationKind.NETWORK_INPUT);
        layers.add(stem);
        FeatureMap x = stem.output();
        int index = 1;
        ActivationKind blockInputKind = ActivationKind.POST_RELU; // the stem ends in ReLU6
        for (int[] s : SETTINGS) {
            int expansion = s[0];
            int outChannels = s[1];
            for (int repeat = 0; repeat < s[2]; repeat++) {
                int stride = repeat == 0 ? s[3] : 1;
                String prefix = "features." + index + ".";
                int hidden = x.channels() * expansion;
                FeatureMap h = x;
                if (expansion != 1) {
                    ConvLayer expand = ConvLayer.square(prefix + "expand", x, hidden, 1, 1, 0, 1, blockInputKind);
                    layers.add(expand);
                    h = expand.output();
                }
                ConvLayer depthwise = ConvLayer.square(prefix + "depthwise", h, hidden, 3, stride, 1, hidden,
                        ActivationKind.POST_RELU);
                layers.add(depthwise);
                ConvLayer project = ConvLayer.square(prefix + "project", depthwise.output(), outChannels, 1, 1, 0, 1,
                        ActivationKind.POST_RELU);
                layers.add(project);
                x = project.output();
                // Linear bottleneck: the next block's input is not rectified.
                blockInputKind = ActivationKind.LINEAR;
                index++;
            }
        }
        ConvLayer last = ConvLayer.square("features." + index, x, 1280, 1, 1, 0, 1, ActivationKind.LINEAR);
        layers.add(last);
        layers.add(new FcLayer("classifier", 1280, 1000, 1, ActivationKind.POST_RELU));
        return new Model("mobilenetv2", "MobileNetV2 1.0 (torchvision), 224x224, 1000 classes", layers);
    }
}
