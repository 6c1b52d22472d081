package dev.precis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code precis} command. */
@Command(name = "precis", mixinStandardHelpOptions = true, version = "precis 0.1.0",
        description = "Transaction-level simulation of precision-adaptive DNN accelerators.",
        subcommands = {InfoCommand.class, ExampleCommand.class, TraceCommand.class, DramCommand.class, NocCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        NocCommand.addParameterOptions(cl.getSubcommands().get("noc").getCommandSpec());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
