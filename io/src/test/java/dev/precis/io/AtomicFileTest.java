package dev.precis.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void text(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporary() throws Exception {
        Path target = dir.resolve("out.json");
        AtomicFile.write(target, out -> text(out, "{}"));
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void theResultHasTheUmaskPermissionsOfAnyNewFileNotTheTemporaryFilesPrivateOnes() throws Exception {
        Path reference = Files.writeString(dir.resolve("plain"), "x");
        Path target = dir.resolve("out.csv");
        AtomicFile.write(target, out -> text(out, "a,b\n"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFailingWriterKeepsTheOldFileAndDeletesTheTemporary() throws Exception {
        Path target = dir.resolve("stats.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            text(out, "partial");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("stats.json");
        assertThat(InFlightTemporaries.snapshot()).isEmpty();
    }

    @Test
    void anIoErrorWhileWritingNamesTheTargetNotTheTemporary() {
        Path target = dir.resolve("t.vcd");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + target + ": no space left on device")
                .hasCauseInstanceOf(OutputFileException.class);
    }

    @Test
    void aTargetThatIsADirectoryIsSaidSo() {
        assertThatThrownBy(() -> AtomicFile.open(dir))
                .isInstanceOf(OutputFileException.class)
                .hasMessage("cannot write " + dir + ": it is a directory; give a file name");
    }

    @Test
    void aParentThatIsAFileIsSaidSo() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = file.resolve("sub/out.json");
        assertThatThrownBy(() -> AtomicFile.open(target))
                .hasMessage("cannot write " + target + ": " + file + " is a file, not a directory");
    }

    @Test
    void anUnwritableDirectoryGivesTheTargetAndTheReasonOnly() {
        Path target = Path.of("/proc/precis-test-output");
        assertThatThrownBy(() -> AtomicFile.open(target))
                .isInstanceOf(OutputFileException.class)
                .hasMessageStartingWith("cannot write /proc/precis-test-output: ")
                .message().doesNotContain(".tmp");
    }

    @Test
    void missingParentDirectoriesAreCreated() throws Exception {
        Path target = dir.resolve("a/b/c.json");
        AtomicFile.write(target, out -> text(out, "1"));
        assertThat(Files.readString(target)).isEqualTo("1");
    }

    @Test
    void aPendingWriteIsInFlightUntilCommittedOrClosed() throws Exception {
        Path target = dir.resolve("trace.bin");
        try (AtomicFile.Pending p = AtomicFile.open(target)) {
            text(p.stream(), "abc");
            assertThat(InFlightTemporaries.snapshot()).hasSize(1);
            assertThat(target).doesNotExist();
            p.commit();
        }
        assertThat(InFlightTemporaries.snapshot()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("abc");
        AtomicFile.Pending abandoned = AtomicFile.open(dir.resolve("other.bin"));
        abandoned.close();
        assertThat(names()).containsExactly("trace.bin");
    }

    @Test
    void theShutdownHookDeletesTemporariesStillInFlight() throws Exception {
        AtomicFile.Pending p = AtomicFile.open(dir.resolve("interrupted.json"));
        text(p.stream(), "half");
        assertThat(names()).hasSize(1);
        InFlightTemporaries.deleteAll();
        assertThat(names()).isEmpty();
        p.close();
    }

    @Test
    void aLaterWriteRemovesTemporariesOfItsTargetLeftByADeadProcessOnly() throws Exception {
        long deadPid = deadProcessId();
        long livePid = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".r.json." + deadPid + ".1f.tmp"), "left by SIGKILL");
        Files.writeString(dir.resolve(".r.json." + livePid + ".2f.tmp"), "a write in progress");
        Files.writeString(dir.resolve(".other.json." + deadPid + ".3f.tmp"), "another target's");
        Files.writeString(dir.resolve(".r.json.notours.tmp"), "not our naming");
        AtomicFile.write(dir.resolve("r.json"), out -> text(out, "new"));
        assertThat(names()).containsExactly(".other.json." + deadPid + ".3f.tmp", ".r.json." + livePid + ".2f.tmp",
                ".r.json.notours.tmp", "r.json");
    }

    /** The PID of a process that has ended. */
    private static long deadProcessId() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
