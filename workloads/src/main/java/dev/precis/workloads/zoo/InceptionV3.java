package dev.precis.workloads.zoo;

import java.util.ArrayList;
import java.util.List;

/**
 * Inception-v3 (Szegedy et al., 2016) at 299x299 as in torchvision, inference graph (the
 * auxiliary classifier is training-only and not listed). Module and layer names follow
 * torchvision; inside each Inception module the branches appear in torchvision's
 * registration order. About 5.7 GMAC per image.
 */
final class InceptionV3 {

    private static final ActivationKind RELU = ActivationKind.POST_RELU;

    private final List<Layer> layers = new ArrayList<>();

    private InceptionV3() {
    }

    static Model build() {
        InceptionV3 b = new InceptionV3();
        FeatureMap x = new FeatureMap(3, 299, 299);
        x = b.conv("Conv2d_1a_3x3", x, 32, 3, 3, 2, 0, 0, ActivationKind.NETWORK_INPUT);
        x = b.conv("Conv2d_2a_3x3", x, 32, 3, 3, 1, 0, 0, RELU);
        x = b.conv("Conv2d_2b_3x3", x, 64, 3, 3, 1, 1, 1, RELU);
        x = x.pooled(3, 2, 0);
        x = b.conv("Conv2d_3b_1x1", x, 80, 1, 1, 1, 0, 0, RELU);
        x = b.conv("Conv2d_4a_3x3", x, 192, 3, 3, 1, 0, 0, RELU);
        x = x.pooled(3, 2, 0);
        x = b.inceptionA("Mixed_5b", x, 32);
        x = b.inceptionA("Mixed_5c", x, 64);
        x = b.inceptionA("Mixed_5d", x, 64);
        x = b.inceptionB("Mixed_6a", x);
        x = b.inceptionC("Mixed_6b", x, 128);
        x = b.inceptionC("Mixed_6c", x, 160);
        x = b.inceptionC("Mixed_6d", x, 160);
        x = b.inceptionC("Mixed_6e", x, 192);
        x = b.inceptionD("Mixed_7a", x);
        x = b.inceptionE("Mixed_7b", x);
        x = b.inceptionE("Mixed_7c", x);
        b.layers.add(new FcLayer("fc", x.channels(), 1000, 1, RELU));
        return new Model("inceptionv3", "Inception-v3 (torchvision, no auxiliary head), 299x299, 1000 classes",
                b.layers);
    }

    private FeatureMap inceptionA(String m, FeatureMap x, int poolFeatures) {
        conv(m + ".branch1x1", x, 64, 1, 1, 1, 0, 0, RELU);
        FeatureMap b5 = conv(m + ".branch5x5_1", x, 48, 1, 1, 1, 0, 0, RELU);
        conv(m + ".branch5x5_2", b5, 64, 5, 5, 1, 2, 2, RELU);
        FeatureMap d = conv(m + ".branch3x3dbl_1", x, 64, 1, 1, 1, 0, 0, RELU);
        d = conv(m + ".branch3x3dbl_2", d, 96, 3, 3, 1, 1, 1, RELU);
        conv(m + ".branch3x3dbl_3", d, 96, 3, 3, 1, 1, 1, RELU);
        conv(m + ".branch_pool", x, poolFeatures, 1, 1, 1, 0, 0, RELU);
        return x.withChannels(64 + 64 + 96 + poolFeatures);
    }

    private FeatureMap inceptionB(String m, FeatureMap x) {
        FeatureMap b3 = conv(m + ".branch3x3", x, 384, 3, 3, 2, 0, 0, RELU);
        FeatureMap d = conv(m + ".branch3x3dbl_1", x, 64, 1, 1, 1, 0, 0, RELU);
        d = conv(m + ".branch3x3dbl_2", d, 96, 3, 3, 1, 1, 1, RELU);
        conv(m + ".branch3x3dbl_3", d, 96, 3, 3, 2, 0, 0, RELU);
        return b3.withChannels(384 + 96 + x.channels());
    }

    private FeatureMap inceptionC(String m, FeatureMap x, int c7) {
        conv(m + ".branch1x1", x, 192, 1, 1, 1, 0, 0, RELU);
        FeatureMap b = conv(m + ".branch7x7_1", x, c7, 1, 1, 1, 0, 0, RELU);
        b = conv(m + ".branch7x7_2", b, c7, 1, 7, 1, 0, 3, RELU);
        conv(m + ".branch7x7_3", b, 192, 7, 1, 1, 3, 0, RELU);
        FeatureMap d = conv(m + ".branch7x7dbl_1", x, c7, 1, 1, 1, 0, 0, RELU);
        d = conv(m + ".branch7x7dbl_2", d, c7, 7, 1, 1, 3, 0, RELU);
        d = conv(m + ".branch7x7dbl_3", d, c7, 1, 7, 1, 0, 3, RELU);
        d = conv(m + ".branch7x7dbl_4", d, c7, 7, 1, 1, 3, 0, RELU);
        conv(m + ".branch7x7dbl_5", d, 192, 1, 7, 1, 0, 3, RELU);
        conv(m + ".branch_pool", x, 192, 1, 1, 1, 0, 0, RELU);
        return x.withChannels(4 * 192);
    }

    private FeatureMap inceptionD(String m, FeatureMap x) {
        FeatureMap b3 = conv(m + ".branch3x3_1", x, 192, 1, 1, 1, 0, 0, RELU);
        b3 = conv(m + ".branch3x3_2", b3, 320, 3, 3, 2, 0, 0, RELU);
        FeatureMap b7 = conv(m + ".branch7x7x3_1", x, 192, 1, 1, 1, 0, 0, RELU);
        b7 = conv(m + ".branch7x7x3_2", b7, 192, 1, 7, 1, 0, 3, RELU);
        b7 = conv(m + ".branch7x7x3_3", b7, 192, 7, 1, 1, 3, 0, RELU);
        conv(m + ".branch7x7x3_4", b7, 192, 3, 3, 2, 0, 0, RELU);
        return b3.withChannels(320 + 192 + x.channels());
    }

    private FeatureMap inceptionE(String m, FeatureMap x) {
        conv(m + ".branch1x1", x, 320, 1, 1, 1, 0, 0, RELU);
        FeatureMap b3 = conv(m + ".branch3x3_1", x, 384, 1, 1, 1, 0, 0, RELU);
        conv(m + ".branch3x3_2a", b3, 384, 1, 3, 1, 0, 1, RELU);
        conv(m + ".branch3x3_2b", b3, 384, 3, 1, 1, 1, 0, RELU);
        FeatureMap d = conv(m + ".branch3x3dbl_1", x, 448, 1, 1, 1, 0, 0, RELU);
        d = conv(m + ".branch3x3dbl_2", d, 384, 3, 3, 1, 1, 1, RELU);
        conv(m + ".branch3x3dbl_3a", d, 384, 1, 3, 1, 0, 1, RELU);
        conv(m + ".branch3x3dbl_3b", d, 384, 3, 1, 1, 1, 0, RELU);
        conv(m + ".branch_pool", x, 192, 1, 1, 1, 0, 0, RELU);
        return x.withChannels(320 + 2 * 384 + 2 * 384 + 192);
    }

    private FeatureMap conv(String name, FeatureMap in, int outChannels, int kh, int kw, int stride,
                            int padH, int padW, ActivationKind kind) {
        ConvLayer layer = ConvLayer.of(name, in.channels(), in.height(), in.width(), outChannels, kh, kw,
                stride, stride, padH, padW, 1, kind);
        layers.add(layer);
        return layer.output();
    }
}
