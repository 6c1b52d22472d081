package dev.precis.cli;

import dev.precis.tlm.describe.CatalogPrinter;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.tracegen.QuantizerCatalogPrinter;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precis info [TYPE]}: the catalogue of component types, as SST's sst-info prints it, and of quantizers. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "List the registered component types, or describe one: parameters, ports, statistics. "
                + "--quantizers lists the quantizers of precis trace; a quantizer's name describes its options.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "TYPE", description = "a component type or quantizer name")
    String type;

    @Option(names = "--quantizers", description = "list the quantizers of precis trace")
    boolean quantizers;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QuantizerRegistry quantizerRegistry = QuantizerRegistry.load();
        if (quantizers) {
            if (type != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either --quantizers or TYPE");
            }
            QuantizerCatalogPrinter.printSummary(quantizerRegistry, out);
            return 0;
        }
        ComponentRegistry registry = ComponentRegistry.load();
        if (type == null) CatalogPrinter.printSummary(registry, out);
        else if (!isComponentType(registry, type) && quantizerRegistry.contains(type)) {
            QuantizerCatalogPrinter.print(quantizerRegistry.type(type).descriptor(), out);
        } else CatalogPrinter.print(registry.type(type).descriptor(), out);
        return 0;
    }

    private static boolean isComponentType(ComponentRegistry registry, String name) {
        return registry.descriptors().stream().anyMatch(d -> d.typeName().equals(name));
    }
}
