package dev.precis.workloads.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The pretrained models that ship with Precis, by name; loading one checks its SHA-256. */
public final class ShippedModels {

    /**
     * The "hello deepa" wake-word classifier of the npm package {@code openwakeword-js} 0.1.27
     * (Apache-2.0; file {@code models/hello_deepa.onnx}): an MLP trained by the package's author on
     * openWakeWord speech embeddings (input [1, 25, 96]: 25 frames of 96-dimensional embeddings):
     * Flatten, three Gemm layers (2400-32-32-1) with LayerNorm and ReLU between them, Sigmoid.
     */
    public static final ShippedModel HELLO_DEEPA = new ShippedModel("hello-deepa",
            "/dev/precis/workloads/onnx/models/hello_deepa.onnx",
            "67ac357640e53b9d4713433a8ab48be4333f7cb21d6816406be7660ebe6d7614",
            "npm package openwakeword-js 0.1.27, models/hello_deepa.onnx (Apache-2.0)");

    private static final List<ShippedModel> ALL = List.of(HELLO_DEEPA);

    private ShippedModels() {
    }

    public static List<ShippedModel> all() {
        return ALL;
    }

    public static Optional<ShippedModel> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The model's bytes, checked against its recorded SHA-256. */
    public static byte[] load(ShippedModel model) {
        byte[] bytes;
        try (InputStream in = ShippedModels.class.getResourceAsStream(model.resource())) {
            if (in == null) {
                throw new IllegalStateException("shipped model " + model.name() + " is missing from the class path ("
                        + model.resource() + ")");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String actual = sha256(bytes);
        if (!actual.equals(model.sha256())) {
            throw new OnnxFormatException(model.name(), "shipped file " + model.resource() + " has SHA-256 " + actual
                    + " but " + model.sha256() + " was recorded from " + model.origin() + "; the file is damaged");
        }
        return bytes;
    }

    /** Loads and imports a shipped model; {@code inputShape} (or null) as for {@link OnnxImporter#parse}. */
    public static ImportedModel importModel(ShippedModel model, int[] inputShape) {
        return OnnxImporter.parse(model.name() + " (" + model.origin() + ")", model.name(), load(model), inputShape);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
