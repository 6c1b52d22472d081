package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * VGG-16 (Simonyan and Zisserman, 2015, configuration D) at 224x224: 13 3x3 convolutions
 * (stride 1, padding 1) in five stages separated by 2x2 max pooling, then three fully
 * connected layers. About 15.5 GMAC per image.
 */
final class Vgg16 {

    private static final int[][] STAGES = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};

    private Vgg16() {
    }

    static Model build() {
        List<Layer> layers = new ArrayList<>();
        FeatureMap map = new FeatureMap(3, 224, 224);
        for (int stage = 0; stage < STAGES.length; stage++) {
            for (int i = 0; i < STAGES[stage].length; i++) {
                ActivationKind kind = layers.isEmpty() ? ActivationKind.NETWORK_INPUT : ActivationKind.POST_RELU;
                ConvLayer conv = ConvLayer.square("conv" + (stage + 1) + "_" + (i + 1), map,
                        STAGES[stage][i], 3, 1, 1, 1, kind);
                layers.add(conv);
                map = conv.output();
            }
            map = map.pooled(2, 2, 0);
        }
        int flattened = Math.toIntExact(map.elements());
        layers.add(new FcLayer("fc6", flattened, 4096, 1, ActivationKind.POST_RELU));
        layers.add(new FcLayer("fc7", 4096, 4096, 1, ActivationKind.POST_RELU));
        layers.add(new FcLayer("fc8", 4096, 1000, 1, ActivationKind.POST_RELU));
        return new Model("vgg16", "VGG-16, 224x224, 1000 classes", layers);
    }
}
