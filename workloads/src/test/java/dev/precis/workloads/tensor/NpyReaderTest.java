package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures under src/test/resources/npy were written by NumPy 2.x's numpy.lib.format.write_array. */
class NpyReaderTest {

    @TempDir
    Path dir;

    private static Path npy(String name) throws URISyntaxException {
        return Path.of(NpyReaderTest.class.getResource("/npy/" + name).toURI());
    }

    @Test
    void readsLittleEndianFloat32() throws Exception {
        FloatTensor t = NpyReader.read(npy("float32_le_2x3.npy"));
        assertThat(t.shape()).containsExactly(2, 3);
        assertThat(t.values()).containsExactly(1.5f, -2.25f, 0.0f, 3.0e-3f, 1e6f, -7.0f);
    }

    @Test
    void readsBigEndianFloat16IncludingSubnormalsAndInfinity() throws Exception {
        FloatTensor t = NpyReader.read(npy("float16_be_5.npy"));
        assertThat(t.values()).containsExactly(1.0f, -0.5f, 0x1p-24f, 65504.0f, Float.POSITIVE_INFINITY);
    }

    @Test
    void readsInt8AsWholeNumbers() throws Exception {
        FloatTensor t = NpyReader.read(npy("int8_2x2x2.npy"));
        assertThat(t.shape()).containsExactly(2, 2, 2);
        assertThat(t.values()).containsExactly(-128f, -1f, 0f, 1f, 2f, 3f, 100f, 127f);
    }

    @Test
    void readsVersion2And3HeadersAndScalars() throws Exception {
        FloatTensor v2 = NpyReader.read(npy("float32_v2.npy"));
        assertThat(v2.shape()).containsExactly(3, 2);
        assertThat(v2.values()).containsExactly(0f, 1f, 2f, 3f, 4f, 5f);
        FloatTensor v3 = NpyReader.read(npy("float32_v3.npy"));
        assertThat(v3.values()).containsExactly(0f, 1f, 2f, 3f);
        assertThat(NpyReader.read(npy("scalar.npy")).values()).containsExactly(2.5f);
    }

    @Test
    void fortranOrderAndUnsupportedDtypesAreRejectedByName() {
        assertThatThrownBy(() -> NpyReader.read(npy("float32_fortran.npy"))).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("float32_fortran.npy").hasMessageContaining("Fortran");
        assertThatThrownBy(() -> NpyReader.read(npy("float64.npy")))
                .hasMessageContaining("float64.npy").hasMessageContaining("'<f8'");
    }

    @Test
    void truncatedAndPaddedDataAreReported() throws Exception {
        byte[] good = Files.readAllBytes(npy("float32_le_2x3.npy"));
        Path truncated = dir.resolve("truncated.npy");
        Files.write(truncated, Arrays.copyOf(good, good.length - 3));
        assertThatThrownBy(() -> NpyReader.read(truncated)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("truncated.npy").hasMessageContaining("data section has 21 bytes")
                .hasMessageContaining("needs 24");
        Path padded = dir.resolve("padded.npy");
        Files.write(padded, Arrays.copyOf(good, good.length + 4));
        assertThatThrownBy(() -> NpyReader.read(padded)).hasMessageContaining("28 bytes");
        Path headerOnly = dir.resolve("short.npy");
        Files.write(headerOnly, Arrays.copyOf(good, 9));
        assertThatThrownBy(() -> NpyReader.read(headerOnly)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("short.npy");
    }

    @Test
    void badMagicVersionAndHeaderAreReported() throws Exception {
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "hello world, not numpy");
        assertThatThrownBy(() -> NpyReader.read(text)).hasMessageContaining("magic");

        byte[] good = Files.readAllBytes(npy("float32_le_2x3.npy"));
        byte[] version = good.clone();
        version[6] = 9;
        Path v9 = dir.resolve("v9.npy");
        Files.write(v9, version);
        assertThatThrownBy(() -> NpyReader.read(v9)).hasMessageContaining("version 9.0");

        String header = new String(good, 10, good.length - 10 - 24, StandardCharsets.ISO_8859_1);
        byte[] broken = good.clone();
        byte[] replaced = header.replace("'shape'", "'shapf'").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(replaced, 0, broken, 10, replaced.length);
        Path noShape = dir.resolve("noshape.npy");
        Files.write(noShape, broken);
        assertThatThrownBy(() -> NpyReader.read(noShape)).isInstanceOf(NpyFormatException.class)
                .hasMessageContaining("noshape.npy").hasMessageContaining("'shape'");
    }

    @Test
    void halfPrecisionConversionIsExactForEveryFiniteCode() {
        for (int bits = 0; bits < 0x10000; bits++) {
            int exponent = (bits >>> 10) & 0x1F;
            if (exponent == 0x1F) {
                continue;
            }
            int mantissa = bits & 0x3FF;
            double expected = exponent == 0 ? mantissa * Math.pow(2, -24)
                    : (1 + mantissa / 1024.0) * Math.pow(2, exponent - 15);
            if ((bits & 0x8000) != 0) {
                expected = -expected;
            }
            assertThat((double) Float16.toFloat((short) bits)).isEqualTo(expected);
        }
    }
}
