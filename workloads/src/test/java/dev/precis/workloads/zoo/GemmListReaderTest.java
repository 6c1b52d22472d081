package dev.precis.workloads.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemmListReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsGemmsWithHeaderCommentsAndKinds() throws IOException {
        Path file = write("mlp.gemm", "# a two-layer MLP\nname,M,N,K,input\n\nfc1,128,3072,768,transformer_hidden\nfc2,128,768,3072\n");
        Model model = GemmListReader.read(file);
        assertThat(model.name()).isEqualTo("mlp");
        assertThat(model.layers()).hasSize(2);
        assertThat(model.layers().get(0).gemm(2)).isEqualTo(new GemmShape(256, 3072, 768, 1));
        assertThat(model.layers().get(0).inputKind()).isEqualTo(ActivationKind.TRANSFORMER_HIDDEN);
        assertThat(model.layers().get(1).inputKind()).isEqualTo(ActivationKind.POST_RELU);
        assertThat(model.totalMacs(1)).isEqualTo(2L * 128 * 3072 * 768);
    }

    @Test
    void badValuesNameFileLineAndField() throws IOException {
        Path negative = write("neg.gemm", "a,1,2,3\nb,4,-5,6\n");
        assertThatThrownBy(() -> GemmListReader.read(negative)).isInstanceOf(TopologyFormatException.class)
                .hasMessageContaining("neg.gemm").hasMessageContaining("line 2").hasMessageContaining("'N'");
        Path kind = write("kind.gemm", "a,1,2,3,sigmoid\n");
        assertThatThrownBy(() -> GemmListReader.read(kind)).hasMessageContaining("input")
                .hasMessageContaining("sigmoid");
        Path fields = write("fields.gemm", "a,1,2\n");
        assertThatThrownBy(() -> GemmListReader.read(fields)).hasMessageContaining("line 1")
                .hasMessageContaining("4 or 5 fields");
        Path duplicate = write("dup.gemm", "a,1,2,3\na,1,2,3\n");
        assertThatThrownBy(() -> GemmListReader.read(duplicate)).hasMessageContaining("duplicate");
        Path empty = write("empty.gemm", "# nothing\n");
        assertThatThrownBy(() -> GemmListReader.read(empty)).hasMessageContaining("no GEMMs");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
