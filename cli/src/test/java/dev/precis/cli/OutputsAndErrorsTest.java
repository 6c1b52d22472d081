package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command owes its user whatever happens: clean stdout, one error line, no stack trace. */
class OutputsAndErrorsTest {
    @TempDir
    Path dir;

    @CommandLine.Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @CommandLine.Parameters(index = "0")
        String what;

        @Override
        public Integer call() {
            System.out.flush();
            switch (what) {
                case "heap" -> throw new OutOfMemoryError("Java heap space");
                case "stack" -> throw new StackOverflowError();
                case "bug" -> throw new NullPointerException("x is null");
                default -> throw new ArithmeticException("integer overflow");
            }
        }
    }

    private static CliRunner runWithExplode(String... args) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand(new Explode());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(cl, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    @Test
    void anOutOfMemoryErrorBecomesOneLineNamingTheHeapAndHowToRaiseIt() {
        CliRunner r = runWithExplode("explode", "heap");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("precis explode: error: out of memory: the run needed more than the Java heap limit of ")
                .contains("PRECIS_JAVA_OPTS=-Xmx");
    }

    @Test
    void otherFailuresAreOneLineTooAndDebugAddsTheStackTrace() {
        assertThat(runWithExplode("explode", "stack").err().strip().lines()).singleElement().asString()
                .contains("stack overflow", "-Xss");
        assertThat(runWithExplode("explode", "bug").err().strip().lines()).singleElement().asString()
                .contains("internal error: java.lang.NullPointerException: x is null", "--debug");
        assertThat(runWithExplode("explode", "sum").err().strip().lines()).singleElement().asString()
                .contains("a size is too large to compute (integer overflow)");
        CliRunner debug = runWithExplode("explode", "bug", "--debug");
        assertThat(debug.errorLines()).hasSize(1);
        assertThat(debug.err()).contains("\tat dev.precis.cli.OutputsAndErrorsTest$Explode.call");
    }

    @Test
    void aUsageErrorIsOneLineWithTheNearestOption() {
        CliRunner r = CliRunner.run("bench", "kernel", "--model", "ring", "--components", "4", "--events", "5", "--warmupp", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("precis bench kernel: error: Unknown options: '--warmupp', '0'")
                .contains("did you mean --warmup", "(see precis bench kernel --help)");
    }

    @Test
    void wroteFileGoesToStderrAndTheReportAloneToStdout() {
        Path stats = dir.resolve("stats.json");
        CliRunner r = CliRunner.run("example", "--requests", "20", "--stats-json", stats.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("wrote " + stats);
        assertThat(r.out()).startsWith("Precis example: ").doesNotContain("wrote");
    }

    @Test
    void resultFilesGetTheUsersUmaskNotPrivatePermissions() throws Exception {
        Path stats = dir.resolve("stats.csv");
        assertThat(CliRunner.run("example", "--requests", "20", "--stats-csv", stats.toString()).exitCode()).isZero();
        Path reference = Files.writeString(dir.resolve("reference"), "x");
        assertThat(Files.getPosixFilePermissions(stats)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void theSeedOfTheExampleChangesItsLatenciesThroughBankConflicts() {
        assertThat(latencyTable("1")).isEqualTo(latencyTable("1"));
        assertThat(latencyTable("1")).isNotEqualTo(latencyTable("2"));
    }

    /** The per-component lines of the report (the header line carries the wall time, which varies). */
    private static String latencyTable(String seed) {
        CliRunner r = CliRunner.run("example", "--requests", "200", "--seed", seed);
        assertThat(r.exitCode()).isZero();
        return String.join("\n", r.out().lines().filter(l -> l.startsWith("sys.cpu")).toList());
    }

    @Test
    void anExampleNameResolvesFromAWordOfIt() {
        CliRunner r = CliRunner.run("example", "links");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("pong got ball 0");
    }

    @Test
    void parameterRangesPrintWhole() {
        CliRunner r = CliRunner.run("info", "banked-memory");
        assertThat(r.out()).contains("(default 8, range [1, ∞))", "(default 20 ns, range [0, ∞))");
    }
}
