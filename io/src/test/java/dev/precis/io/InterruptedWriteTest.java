package dev.precis.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real signals to a child JVM holding an unfinished write: Ctrl-C cleans up at once, SIGKILL on the next write. */
class InterruptedWriteTest {
    @TempDir
    Path dir;

    private Process startWriter(Path target) throws Exception {
        List<String> command = new ArrayList<>(defaultInterruptHandling());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldPendingWrite.class.getName(), target.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        return p;
    }

    /**
     * A child inherits an ignored SIGINT (a build started in the background by a non-interactive shell has one),
     * and a JVM that starts with SIGINT ignored runs no shutdown hook on it; so the writer starts with SIGINT's
     * default action (GNU env), whatever the build's own, or the test is skipped if that cannot be arranged.
     */
    private static List<String> defaultInterruptHandling() throws Exception {
        Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        if (probe.waitFor() == 0) return List.of("env", "--default-signal=INT");
        assumeTrue(!interruptIgnoredHere(), "SIGINT is ignored in this build and env cannot restore it");
        return List.of();
    }

    /** Whether this JVM (and so any child it starts) has SIGINT ignored: bit 2 of SigIgn in /proc/self/status. */
    private static boolean interruptIgnoredHere() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
        }
        return false;
    }

    private static void signal(String name, Process p) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "needs the kill command");
        new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(q -> q.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void ctrlCDeletesTheTemporaryFileOfAnUnfinishedWrite() throws Exception {
        Path target = dir.resolve("stats.json");
        Process p = startWriter(target);
        assertThat(names()).singleElement().asString().startsWith(".stats.json.").endsWith(".tmp");
        signal("INT", p);
        assertThat(names()).isEmpty();
    }

    @Test
    void aTemporaryFileLeftBySigkillIsRemovedByTheNextWriteOfTheSameTarget() throws Exception {
        Path target = dir.resolve("run.vcd");
        Process p = startWriter(target);
        signal("KILL", p);
        assertThat(names()).hasSize(1);
        AtomicFile.write(target, out -> out.write('x'));
        assertThat(names()).containsExactly("run.vcd");
    }
}
