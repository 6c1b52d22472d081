package dev.precis.sweep.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.sweep.SweepSession;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.results.ResultStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a sweep's JVM (SIGKILL) once with three points recorded and then at random moments, resumes it each time, and compares the final result files with
 * those of an uninterrupted run: the same rows, none lost, none twice, no torn line. Also stops one with SIGTERM,
 * which (like Ctrl-C) ends it cleanly as stopped.
 */
class KillAndResumeTest {

    @TempDir
    Path dir;

    static final String SWEEP = """
            accelerators = [ant-os, bitfusion]
            models = [resnet18, vgg16]
            parameters {
              pe.rows = [16, 32]
              pe.cols = [16, 32, 64]
            }
            """;
    static final int POINTS = 24;

    @Test
    void killedAtRandomMomentsAndResumedGivesTheUninterruptedResults() throws Exception {
        Path file = dir.resolve("s.conf");
        Files.writeString(file, SWEEP);
        Path expected = dir.resolve("expected");
        SweepSession.run(new SweepSession.Options(file, expected, 2, Optional.empty(), 5), Evaluators.named(Evaluators.MAPPER),
                SweepListener.NONE);

        Path out = dir.resolve("out");
        // One kill lands mid-sweep whatever the machine's speed: this run records three points and holds the rest.
        Process held = Processes.java(SweepProcessMain.class, dir.resolve("log-held.txt"), file.toString(),
                out.toString(), "2", "40", "3");
        long heldDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (recorded(out) < 3 && held.isAlive() && System.nanoTime() < heldDeadline) Thread.sleep(5);
        held.destroyForcibly();
        assertThat(held.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(recorded(out)).as("points recorded before the kill mid-sweep").isEqualTo(3);

        // Then kills at random moments, landing wherever the machine's speed puts them.
        Random random = new Random(20261203);
        for (int attempt = 0; attempt < 8 && recorded(out) < POINTS; attempt++) {
            Process p = Processes.java(SweepProcessMain.class, dir.resolve("log-" + attempt + ".txt"), file.toString(),
                    out.toString(), "2", "40");
            int before = recorded(out);
            // Even attempts kill at any moment from the JVM's start (loading, resuming, recording); odd ones once
            // this run has recorded a point, so that kills land among the appends too.
            if (attempt % 2 == 1) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (recorded(out) == before && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(attempt % 2 == 1 ? 400 : 2500));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Process last = Processes.java(SweepProcessMain.class, dir.resolve("log-last.txt"), file.toString(),
                out.toString(), "2", "0");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(dir.resolve("log-last.txt"))).isZero();

        for (String name : List.of(ResultStore.JSONL, ResultStore.CSV)) {
            List<String> got = Files.readAllLines(out.resolve(name)).stream().sorted().toList();
            List<String> want = Files.readAllLines(expected.resolve(name)).stream().sorted().toList();
            assertThat(got).as(name).isEqualTo(want);
        }
        assertThat(Files.readAllLines(out.resolve(ResultStore.JSONL))).hasSize(POINTS);
    }

    @Test
    void sigtermStopsCleanlyAndTheRerunFinishes() throws Exception {
        Path file = dir.resolve("s.conf");
        Files.writeString(file, SWEEP);
        Path out = dir.resolve("out");
        Path log = dir.resolve("log.txt");
        Process p = Processes.java(SweepProcessMain.class, log, file.toString(), out.toString(), "1", "150");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (recorded(out) < 3 && System.nanoTime() < deadline) Thread.sleep(50);
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(log);
        assertThat(text).contains("sweep: stopped with").contains("rerun the same command to resume");
        int kept = recorded(out);
        assertThat(kept).isBetween(3, POINTS - 1);
        assertThat(Files.size(out.resolve(ResultStore.JSONL))).isPositive();
        assertThat(Files.readString(out.resolve(ResultStore.JSONL))).endsWith("\n");

        Process rerun = Processes.java(SweepProcessMain.class, dir.resolve("log2.txt"), file.toString(),
                out.toString(), "2", "0");
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("log2.txt"))).contains(kept + " of " + POINTS + " points already recorded");
        assertThat(Files.readAllLines(out.resolve(ResultStore.JSONL))).hasSize(POINTS);
    }

    /** Complete records in results.jsonl (0 before the file exists). */
    static int recorded(Path out) throws IOException {
        Path f = out.resolve(ResultStore.JSONL);
        if (!Files.exists(f)) return 0;
        String text = Files.readString(f);
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
