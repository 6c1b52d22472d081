package dev.precis.sweep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.sweep.SweepSession;
import dev.precis.sweep.eval.Evaluators;
import dev.precis.sweep.results.ResultStore;
import dev.precis.sweep.run.Processes;
import dev.precis.sweep.run.SlowEvaluator;
import dev.precis.sweep.run.SweepListener;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator and three workers as separate JVMs on loopback; one worker is killed (SIGKILL) mid-sweep. The
 * coordinator re-runs its point elsewhere and the result files equal a local run's, each point exactly once.
 */
class ClusterSweepTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    static final String SWEEP = """
            accelerators = [ant-os, olaccel]
            models = [resnet18]
            parameters {
              pe.rows = [8, 16, 32]
              pe.cols = [16, 32]
              memory.bitsPerCycle = [512, 1024]
            }
            """;
    static final int POINTS = 24;

    @AfterEach
    void endProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aWorkerKilledMidSweepHasItsPointRunElsewhereAndTheResultsEqualALocalRun() throws Exception {
        Path file = Files.writeString(dir.resolve("s.conf"), SWEEP);
        Path expected = dir.resolve("expected");
        SweepSession.run(new SweepSession.Options(file, expected, 2, Optional.empty(), 5), Evaluators.named(Evaluators.MAPPER),
                SweepListener.NONE);

        int port = freePort();
        Path out = dir.resolve("cluster");
        Process coordinator = start("coordinator", "coordinator", file.toString(), out.toString(), "127.0.0.1",
                Integer.toString(port), "300");
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // worker-1 holds its second point until it is killed, so the kill always lands mid-point
            workers.add(i == 1
                    ? start("worker-" + i, "worker", "127.0.0.1", Integer.toString(port), "1", "300", "1")
                    : start("worker-" + i, "worker", "127.0.0.1", Integer.toString(port), "1", "300"));
        }
        // Killed once every worker has joined, worker-1 holds a point, and a few points are recorded.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!(allJoined() && log("worker-1").contains(SlowEvaluator.HOLDING) && recorded(out) >= 4)
                && coordinator.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(recorded(out)).as(log("coordinator")).isBetween(4, POINTS - 4);
        workers.get(1).destroyForcibly();

        assertThat(coordinator.waitFor(120, TimeUnit.SECONDS)).as(log("coordinator")).isTrue();
        assertThat(coordinator.exitValue()).as(log("coordinator")).isZero();
        assertThat(log("coordinator")).contains("went away; its point");
        for (int i : new int[] {0, 2}) {
            assertThat(workers.get(i).waitFor(60, TimeUnit.SECONDS)).as(log("worker-" + i)).isTrue();
            assertThat(workers.get(i).exitValue()).as(log("worker-" + i)).isZero();
        }

        for (String name : List.of(ResultStore.JSONL, ResultStore.CSV)) {
            List<String> got = Files.readAllLines(out.resolve(name)).stream().sorted().toList();
            List<String> want = Files.readAllLines(expected.resolve(name)).stream().sorted().toList();
            assertThat(got).as(name).isEqualTo(want);
        }
        List<String> keys = Files.readAllLines(out.resolve(ResultStore.CSV)).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(keys).hasSize(POINTS).doesNotHaveDuplicates();
    }

    private boolean allJoined() {
        for (int i = 0; i < 3; i++) {
            if (!log("worker-" + i).contains("joined the sweep")) return false;
        }
        return true;
    }

    private Process start(String name, String... args) throws IOException {
        Process p = Processes.java(ClusterProcessMain.class, dir.resolve(name + ".log"), args);
        started.add(p);
        return p;
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int recorded(Path out) throws IOException {
        Path f = out.resolve(ResultStore.JSONL);
        return Files.exists(f) ? (int) Files.readString(f).chars().filter(c -> c == '\n').count() : 0;
    }
}
