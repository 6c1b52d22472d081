package dev.precis.workloads.zoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleSimTopologyReaderTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScaleSimTopologyReaderTest.class.getResource(name).toURI());
    }

    @Test
    void readsScaleSimsShippedResnet18WithItsNoPaddingConvention() throws Exception {
        Model model = ScaleSimTopologyReader.read(resource("/reference/scalesim/Resnet18.csv"));
        assertThat(model.name()).isEqualTo("Resnet18");
        assertThat(model.layers()).hasSize(21);
        ConvLayer conv1 = (ConvLayer) model.layers().get(0);
        // SCALE-Sim: ceil((224 - 7 + 2) / 2) = 110 (its README's "Conv1 gives 110x110").
        assertThat(conv1.outHeight()).isEqualTo(110);
        assertThat(conv1.gemm(1)).isEqualTo(new GemmShape(12100, 64, 147, 1));
        ConvLayer shortcut = (ConvLayer) model.layers().get(7);
        assertThat(shortcut.name()).isEqualTo("Conv3_s");
        // ceil((56 - 1 + 2) / 2) = 29: SCALE-Sim's rule, not PyTorch's 28.
        assertThat(shortcut.gemm(1)).isEqualTo(new GemmShape(29 * 29, 128, 64, 1));
        assertThat(model.layers().get(20).gemm(1)).isEqualTo(new GemmShape(1, 1000, 512, 1));
        assertThat(model.layers().get(0).inputKind()).isEqualTo(ActivationKind.NETWORK_INPUT);
    }

    @Test
    void outputSizesAgreeWithScaleSimsOwnOfmapWriteCounts() throws Exception {
        Model model = ScaleSimTopologyReader.read(resource("/reference/scalesim/Resnet18.csv"));
        List<String> report = Files.readAllLines(
                resource("/reference/scalesim/resnet18_32x32_os_DETAILED_ACCESS_REPORT.csv"));
        assertThat(report).hasSize(model.layers().size() + 1);
        for (int i = 0; i < model.layers().size(); i++) {
            String[] f = report.get(i + 1).split(",");
            long ofmapWrites = Long.parseLong(f[18].strip());
            GemmShape g = model.layers().get(i).gemm(1);
            // SCALE-Sim's DRAM OFMAP write count is M x N plus at most one partial array row.
            assertThat(ofmapWrites - g.m() * g.n()).as("layer " + i).isBetween(0L, 32L);
        }
    }

    @Test
    void ignoresBlankLinesAndExtraColumns() throws IOException {
        Path file = write("t.csv", "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                + "\n" + "L1,8,8,3,3,4,16,1,extra,\n");
        Model model = ScaleSimTopologyReader.read(file);
        assertThat(model.layers()).hasSize(1);
        assertThat(((ConvLayer) model.layers().get(0)).outHeight()).isEqualTo(6);
    }

    @Test
    void malformedRowNamesFileLineAndField() throws IOException {
        Path file = write("bad.csv", "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                + "L1,8,8,3,3,4,16,1,\n" + "L2,8,eight,3,3,4,16,1,\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(file))
                .isInstanceOf(TopologyFormatException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 3").hasMessageContaining("IFMAP Width")
                .hasMessageContaining("eight");
    }

    @Test
    void missingStrideAndOversizedFilterAreReported() throws IOException {
        String header = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n";
        Path missing = write("m.csv", header + "L1,8,8,3,3,4,16,\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(missing))
                .hasMessageContaining("line 2").hasMessageContaining("Strides").hasMessageContaining("missing");
        Path big = write("b.csv", header + "L1,2,8,3,3,4,16,1\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(big)).hasMessageContaining("Filter Height");
        Path zero = write("z.csv", header + "L1,8,8,3,3,0,16,1\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(zero)).hasMessageContaining("Channels")
                .hasMessageContaining("positive");
    }

    @Test
    void fileWithoutHeaderOrLayersIsRejected() throws IOException {
        Path noHeader = write("n.csv", "L1,8,8,3,3,4,16,1\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(noHeader)).hasMessageContaining("header");
        Path empty = write("e.csv", "Layer name, IFMAP Height\n");
        assertThatThrownBy(() -> ScaleSimTopologyReader.read(empty)).hasMessageContaining("no layers");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
