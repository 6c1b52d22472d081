package dev.precis.cli;

import dev.precis.tlm.describe.CatalogPrinter;
import dev.precis.tlm.describe.ComponentRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code precis info [TYPE]}: the catalogue of component types, as SST's sst-info prints it. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "List the registered component types, or describe one: parameters, ports, statistics.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TYPE", description = "a component type name")
    String type;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ComponentRegistry registry = ComponentRegistry.load();
        PrintWriter out = spec.commandLine().getOut();
        if (type == null) CatalogPrinter.printSummary(registry, out);
        else CatalogPrinter.print(registry.type(type).descriptor(), out);
        return 0;
    }
}
