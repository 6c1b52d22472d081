package dev.precis.components.dram.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DramTraceReaderTest {

    @Test
    void readsPlainAndGzipTraces(@TempDir Path dir) throws Exception {
        String text = "0x40 READ 0\n\n0x1f80 WRITE 12\nabc0 READ 13\n";
        Path plain = dir.resolve("t.trace");
        Files.writeString(plain, text);
        Path gz = dir.resolve("t.trace.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        for (Path p : new Path[] {plain, gz}) {
            try (DramTraceReader r = new DramTraceReader(p)) {
                assertThat(r.advance()).isTrue();
                assertThat(r.address()).isEqualTo(0x40);
                assertThat(r.isWrite()).isFalse();
                assertThat(r.cycle()).isZero();
                assertThat(r.advance()).isTrue();
                assertThat(r.address()).isEqualTo(0x1f80);
                assertThat(r.isWrite()).isTrue();
                assertThat(r.cycle()).isEqualTo(12);
                assertThat(r.lineNumber()).isEqualTo(3);
                assertThat(r.advance()).isTrue();
                assertThat(r.address()).isEqualTo(0xabc0);
                assertThat(r.advance()).isFalse();
            }
        }
    }

    @Test
    void badLinesFailWithLineNumberAndField(@TempDir Path dir) throws Exception {
        assertBad(dir, "0x40 READ 0\n0xZZ READ 1\n", 2, "address");
        assertBad(dir, "0x40 READ 0\n0x80 FETCH 1\n", 2, "operation");
        assertBad(dir, "0x40 READ 0\n0x80 READ\n", 2, "cycle");
        assertBad(dir, "0x40 READ 0\n\n0x80 READ -5\n", 3, "cycle");
        assertBad(dir, "0x40 READ 0 extra\n", 1, "line");
    }

    private static void assertBad(Path dir, String text, long line, String field) throws Exception {
        Path p = dir.resolve("bad" + line + field + ".trace");
        Files.writeString(p, text);
        try (DramTraceReader r = new DramTraceReader(p)) {
            assertThatThrownBy(() -> {
                while (r.advance()) {
                    // read to the bad line
                }
            }).isInstanceOfSatisfying(DramTraceFormatException.class, e -> {
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.getMessage()).contains(p.toString()).contains("line " + line).contains(field);
            });
        }
    }
}
