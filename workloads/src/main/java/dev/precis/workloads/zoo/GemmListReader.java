package dev.precis.workloads.zoo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a plain GEMM list, one GEMM per line:
 * <pre>
 * # comment lines and blank lines are ignored
 * name,M,N,K[,input]
 * fc1,128,3072,768,transformer_hidden
 * fc2,128,768,3072
 * </pre>
 * M, N, K are positive integers for batch 1 (M is multiplied by the batch); operand B is a
 * weight matrix (K x N). The optional fifth column is the input's {@link ActivationKind}
 * (case-insensitive, e.g. {@code post_relu}); without it the first GEMM's input is
 * {@code network_input} and the others' {@code post_relu}. A first line whose second
 * field is {@code M} is a header and is skipped. Names must be unique.
 */
final class GemmListReader {

    private GemmListReader() {
    }

    public static Model read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Layer> layers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            CsvLine line = new CsvLine(file, i + 1, text);
            if (layers.isEmpty() && line.size() > 1 && line.text(1, "M").equalsIgnoreCase("M")) {
                continue; // header
            }
            if (line.size() < 4 || line.size() > 5) {
                throw line.error(null, "expected 4 or 5 fields (name,M,N,K[,input]), got " + line.size());
            }
            String name = line.text(0, "name");
            if (!names.add(name)) {
                throw line.error("name", "duplicate GEMM name '" + name + "'");
            }
            int m = line.positiveInt(1, "M");
            int n = line.positiveInt(2, "N");
            int k = line.positiveInt(3, "K");
            ActivationKind kind = layers.isEmpty() ? ActivationKind.NETWORK_INPUT : ActivationKind.POST_RELU;
            if (line.size() == 5) {
                String value = line.text(4, "input");
                try {
                    kind = ActivationKind.valueOf(value.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error("input", "unknown activation kind '" + value + "'; known: "
                            + java.util.Arrays.toString(ActivationKind.values()).toLowerCase(Locale.ROOT));
                }
            }
            layers.add(new FcLayer(name, k, n, m, kind));
        }
        if (layers.isEmpty()) {
            throw new TopologyFormatException(file, 0, null, "no GEMMs");
        }
        return new Model(ScaleSimTopologyReader.modelName(file), "GEMM list " + file.getFileName(), layers);
    }
}
