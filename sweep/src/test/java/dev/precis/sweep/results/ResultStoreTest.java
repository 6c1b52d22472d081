package dev.precis.sweep.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointOutcome;
import dev.precis.sweep.point.PointResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {

    @TempDir
    Path dir;

    private static final List<String> KEYS = List.of("pe.rows");

    static PointOutcome done(String key, int rows) {
        Point p = Point.of("ant-os", "vgg16", "artifact", 1, Map.of("pe.rows", Integer.toString(rows)));
        return new PointOutcome.Done(key, p, new PointResult(1000L * rows, 5000, 500,
                Optional.of(EnergyPj.of(1.5, 2.25, 3, 4)), Optional.of(2.5)));
    }

    static PointOutcome failed(String key) {
        return new PointOutcome.Failed(key, Point.of("ant-os", "vgg16", "artifact", 1, Map.of()), "no mapping, \"fits\"");
    }

    private ResultStore open() {
        return ResultStore.open(dir, KEYS, "1.0", "test");
    }

    @Test
    void recordsSurviveReopeningAndAreNeverDuplicated() throws IOException {
        try (ResultStore s = open()) {
            assertThat(s.record(done("aa", 16))).isTrue();
            assertThat(s.record(failed("bb"))).isTrue();
            assertThat(s.record(done("aa", 16))).isFalse();
        }
        try (ResultStore s = open()) {
            assertThat(s.outcomes()).containsOnlyKeys("aa", "bb");
            assertThat(s.outcomes().get("aa")).isEqualTo(done("aa", 16));
            assertThat(s.outcomes().get("bb")).isEqualTo(failed("bb"));
            assertThat(s.isRecorded("aa")).isTrue();
        }
        assertThat(Files.readAllLines(dir.resolve(ResultStore.CSV))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve(ResultStore.JSONL))).hasSize(2);
    }

    @Test
    void aTornLastLineIsCutOnReopening() throws IOException {
        try (ResultStore s = open()) {
            s.record(done("aa", 16));
        }
        Files.writeString(dir.resolve(ResultStore.JSONL), "{\"key\":\"cc\",\"poi", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve(ResultStore.CSV), "cc,ok,ant-", StandardOpenOption.APPEND);
        try (ResultStore s = open()) {
            assertThat(s.outcomes()).containsOnlyKeys("aa");
            s.record(done("dd", 32));
        }
        assertThat(Files.readAllLines(dir.resolve(ResultStore.JSONL))).hasSize(2);
        List<String> csv = Files.readAllLines(dir.resolve(ResultStore.CSV));
        assertThat(csv).hasSize(3);
        assertThat(csv.get(2)).startsWith("dd,ok,ant-os,vgg16,artifact,1,32,32000,5000,500.0,");
    }

    @Test
    void aPointInTheJsonLinesButNotTheCsvIsCompletedOnReopening() throws IOException {
        try (ResultStore s = open()) {
            s.record(done("aa", 16));
            s.record(done("bb", 32));
        }
        Path csv = dir.resolve(ResultStore.CSV);
        List<String> lines = Files.readAllLines(csv);
        Files.writeString(csv, lines.get(0) + "\n" + lines.get(1) + "\n");
        try (ResultStore s = open()) {
            assertThat(s.outcomes()).hasSize(2);
        }
        assertThat(Files.readAllLines(csv)).isEqualTo(lines);
    }

    @Test
    void anotherSweepsDirectoryIsRefused() {
        try (ResultStore s = open()) {
            s.record(done("aa", 16));
        }
        assertThatThrownBy(() -> ResultStore.open(dir, List.of("pe.cols"), "1.0", "test"))
                .hasMessageContaining("results.csv: its columns are not this sweep's");
    }

    @Test
    void aCorruptMiddleLineIsNamed() throws IOException {
        try (ResultStore s = open()) {
            s.record(done("aa", 16));
        }
        Path jsonl = dir.resolve(ResultStore.JSONL);
        Files.writeString(jsonl, "garbage\n" + Files.readString(jsonl, StandardCharsets.UTF_8));
        assertThatThrownBy(this::open).hasMessageContaining("results.jsonl line 1: not a result record");
    }

    @Test
    void csvQuotesErrorsWithCommasAndQuotes() {
        String row = new CsvRows(KEYS).row(failed("bb"));
        assertThat(row).endsWith(",\"no mapping, \"\"fits\"\"\"\n");
    }
}
