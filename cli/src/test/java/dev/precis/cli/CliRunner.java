package dev.precis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * Runs the command line in-process, exactly as {@code main} does (held-back stdout, error handlers), and captures
 * stdout, stderr and the exit code.
 */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    static CliRunner run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    /** Stderr lines that are error messages ({@code precis ...: error: ...}). */
    List<String> errorLines() {
        return err.lines().filter(l -> l.contains(": error: ")).toList();
    }
}
