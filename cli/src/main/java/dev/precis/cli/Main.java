package dev.precis.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code precis} command. Whatever the input, a run ends in its result on stdout and exit code 0, or in one
 * error line on stderr and a non-zero exit code with nothing on stdout: a command's standard output is held back
 * until it has succeeded, so a script reading JSON never gets half a report followed by an error.
 */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Transaction-level simulation of precision-adaptive DNN accelerators.",
        subcommands = {RunCommand.class, CompareCommand.class, InfoCommand.class, ExampleCommand.class, TraceCommand.class, DramCommand.class,
                NocCommand.class, BenchCommand.class, SweepCommand.class, WorkerNodeCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on an error, print the stack trace too (as PRECIS_DEBUG=1 does)")
    boolean debug;

    public static void main(String[] args) {
        Charset stdout = charset("sun.stdout.encoding");
        Charset stderr = charset("sun.stderr.encoding");
        System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, stdout)),
                new PrintWriter(new OutputStreamWriter(System.err, stderr), true), args));
    }

    /** Runs the command line, printing to {@code out} only if it succeeds; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(commandLine(), out, err, args);
    }

    /** {@link #run(PrintWriter, PrintWriter, String...)} on a given command tree (tests add commands to it). */
    static int run(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        StringWriter held = new StringWriter();
        cl.setOut(new PrintWriter(held));
        cl.setErr(err);
        int code;
        try {
            code = cl.execute(args);
        } catch (VirtualMachineError | RuntimeException e) {
            // picocli hands exceptions to UserErrorHandler; Errors (OutOfMemoryError above all) arrive here.
            code = UserErrorHandler.report(e, "precis" + commandPath(cl, args), debug(cl), err);
        }
        // A validation whose checks ran but did not all pass still has a result to print.
        if (code == 0 || (code == ValidateCommand.CHECKS_FAILED && isValidate(cl, args))) out.print(held);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        NocCommand.addParameterOptions(cl.getSubcommands().get("noc").getCommandSpec());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        return cl;
    }

    /** True when --debug was given anywhere or PRECIS_DEBUG=1. */
    static boolean debug(CommandLine anyCommand) {
        Object root = anyCommand.getCommandSpec().root().userObject();
        return (root instanceof Main m && m.debug) || "1".equals(System.getenv("PRECIS_DEBUG"));
    }

    private static boolean isValidate(CommandLine cl, String[] args) {
        return commandPath(cl, args).equals(" validate");
    }

    /** " dram", " bench kernel": the subcommands named at the start of {@code args}, for an error's prefix. */
    private static String commandPath(CommandLine cl, String[] args) {
        StringBuilder path = new StringBuilder();
        CommandLine current = cl;
        for (String a : args) {
            CommandLine sub = current.getSubcommands().get(a);
            if (sub == null) break;
            path.append(' ').append(a);
            current = sub;
        }
        return path.toString();
    }

    private static Charset charset(String property) {
        String name = System.getProperty(property);
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
