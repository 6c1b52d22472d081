package dev.precis.workloads.zoo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in networks by name. Canonical networks: {@code vgg16}, {@code resnet18},
 * {@code resnet50}, {@code inceptionv3}, {@code mobilenetv2}, {@code vit-b16},
 * {@code bert-base}, {@code llama7b-block-prefill512}, {@code llama7b-block-decode}.
 * ANT artifact listings: the same names with {@code -ant} ({@code vit-ant},
 * {@code vit-ant-bitfusion}, {@code bert-mnli-ant}, {@code bert-cola-ant}, {@code bert-sst2-ant});
 * see {@link AntArtifactModels}.
 */
public final class ModelZoo {

    private static final Map<String, Supplier<Model>> MODELS = registry();

    private ModelZoo() {
    }

    private static Map<String, Supplier<Model>> registry() {
        Map<String, Supplier<Model>> m = new LinkedHashMap<>();
        m.put("vgg16", Vgg16::build);
        m.put("resnet18", ResNets::resnet18);
        m.put("resnet50", ResNets::resnet50);
        m.put("inceptionv3", InceptionV3::build);
        m.put("mobilenetv2", MobileNetV2::build);
        m.put("vit-b16", Transformers::vitB16);
        m.put("bert-base", Transformers::bertBase);
        m.put("llama7b-block-prefill512", Transformers::llamaPrefill);
        m.put("llama7b-block-decode", Transformers::llamaDecode);
        m.put("vgg16-ant", () -> AntArtifactModels.cnn(Vgg16.build()));
        m.put("resnet18-ant", () -> AntArtifactModels.cnn(ResNets.resnet18()));
        m.put("resnet50-ant", () -> AntArtifactModels.cnn(ResNets.resnet50()));
        m.put("inceptionv3-ant", () -> AntArtifactModels.cnn(InceptionV3.build()));
        m.put("vit-ant", () -> AntArtifactModels.vit(false));
        m.put("vit-ant-bitfusion", () -> AntArtifactModels.vit(true));
        m.put("bert-mnli-ant", () -> AntArtifactModels.bert("mnli"));
        m.put("bert-cola-ant", () -> AntArtifactModels.bert("cola"));
        m.put("bert-sst2-ant", () -> AntArtifactModels.bert("sst2"));
        return Collections.unmodifiableMap(m);
    }

    /** Every built-in model name, in a stable order. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }

    /** A fresh copy of the named model; an unknown name fails listing the known ones. */
    public static Model get(String name) {
        Supplier<Model> supplier = MODELS.get(name);
        if (supplier == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known models: " + String.join(", ", names()));
        }
        return supplier.get();
    }
}
