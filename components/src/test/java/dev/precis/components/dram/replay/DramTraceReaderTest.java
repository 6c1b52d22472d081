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

    @Test
    void cyclesGoingBackwardsFailNamingTheLineUnlessOrderIsWaived(@TempDir Path dir) throws Exception {
        assertBad(dir, "0x40 READ 5\n0x80 READ 5\n\n0xc0 READ 4\n", 4, "cycle");
        Path p = Files.writeString(dir.resolve("unordered.trace"), "0x40 READ 5\n0x80 READ 4\n");
        try (DramTraceReader r = new DramTraceReader(p, false)) {
            assertThat(r.advance()).isTrue();
            assertThat(r.advance()).isTrue();
            assertThat(r.cycle()).isEqualTo(4);
            assertThat(r.advance()).isFalse();
        }
    }

    @Test
    void aTraceWithoutRequestsIsAnErrorNotAReportOfZeros(@TempDir Path dir) throws Exception {
        for (String text : new String[] {"", "\n  \n\r\n"}) {
            Path p = Files.writeString(dir.resolve("empty.trace"), text);
            try (DramTraceReader r = new DramTraceReader(p)) {
                assertThatThrownBy(r::advance).isInstanceOf(DramTraceFormatException.class)
                        .hasMessage(p + ": trace: no requests (the file is empty or holds only blank lines)");
            }
        }
    }

    @Test
    void crlfLineEndsAreAccepted(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("dos.trace"), "0x40 READ 0\r\n0x80 WRITE 3\r\n");
        try (DramTraceReader r = new DramTraceReader(p)) {
            assertThat(r.advance()).isTrue();
            assertThat(r.advance()).isTrue();
            assertThat(r.isWrite()).isTrue();
            assertThat(r.cycle()).isEqualTo(3);
            assertThat(r.advance()).isFalse();
        }
    }

    @Test
    void aSortedSourceOrdersByCycleKeepingFileOrderWithinACycle(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("mixed.trace"), "0x1 READ 7\n0x2 READ 3\n0x3 WRITE 7\n0x4 READ 3\n0x5 READ 9\n");
        try (DramTraceReader r = new DramTraceReader(p, false)) {
            SortedTraceSource s = SortedTraceSource.read(r, 5);
            assertThat(s.outOfOrder()).isEqualTo(2);
            assertThat(s.firstOutOfOrderLine()).isEqualTo(2);
            StringBuilder order = new StringBuilder();
            while (s.advance()) order.append(s.address()).append('@').append(s.cycle()).append(s.isWrite() ? "w " : " ");
            assertThat(order.toString()).isEqualTo("2@3 4@3 1@7 3@7w 5@9 ");
        }
        assertThat(SortedTraceSource.stableOrder(new long[] {5, 1, 5, 0, 1})).containsExactly(3, 1, 4, 0, 2);
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
