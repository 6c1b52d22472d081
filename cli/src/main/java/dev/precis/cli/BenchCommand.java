package dev.precis.cli;

import picocli.CommandLine.Command;

/** {@code precis bench ...}: speed measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure simulation speed.",
        subcommands = {KernelBenchCommand.class, DramBenchCommand.class, NocBenchCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
