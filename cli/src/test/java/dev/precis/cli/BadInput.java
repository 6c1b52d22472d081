package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One bad command line and what its rejection must look like, for the table-driven bad-input tests of every
 * command: the exit code, one error line on stderr naming what is wrong (file, line, key or option), nothing on
 * stdout, no stack trace, and no output file (or hidden temporary) left behind.
 *
 * <pre>{@code
 * static Stream<BadInput> cases() {
 *     return Stream.of(BadInput.of("CL below zero", 1, "dram", "--preset", ini, "--trace", t).mentions("line 13", "CL = -5"));
 * }
 * @ParameterizedTest(name = "{0}") @MethodSource("cases")
 * void isRejectedCleanly(BadInput c) { c.assertRejected(); }
 * }</pre>
 */
record BadInput(String name, List<String> args, int exitCode, List<String> mentions, List<Path> outputs) {
    /** Usage errors (picocli: unknown option, bad value, rule between options). */
    static final int USAGE = 2;
    /** Errors in the input or the run. */
    static final int ERROR = 1;

    static BadInput of(String name, int exitCode, String... args) {
        return new BadInput(name, List.of(args), exitCode, List.of(), List.of());
    }

    /** Texts the error line must contain. */
    BadInput mentions(String... texts) {
        List<String> all = new ArrayList<>(mentions);
        all.addAll(List.of(texts));
        return new BadInput(name, args, exitCode, all, outputs);
    }

    /** Files the command was asked to write, which must not exist afterwards (nor their temporaries). */
    BadInput writing(Path... files) {
        List<Path> all = new ArrayList<>(outputs);
        all.addAll(List.of(files));
        return new BadInput(name, args, exitCode, mentions, all);
    }

    void assertRejected() {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exitCode()).as("exit code of %s; stderr: %s", args, r.err()).isEqualTo(exitCode);
        assertThat(r.out()).as("stdout of a failing command").isEmpty();
        assertThat(r.errorLines()).as("error lines in: %s", r.err()).hasSize(1);
        String line = r.errorLines().get(0);
        assertThat(line).as("the error line").startsWith("precis ").contains(mentions);
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ", "Exception:", "Error:", "Caused by");
        for (Path p : outputs) {
            assertThat(p).as("output left behind").doesNotExist();
            assertThat(temporariesOf(p)).as("temporary files of " + p).isEmpty();
        }
    }

    private static List<Path> temporariesOf(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
