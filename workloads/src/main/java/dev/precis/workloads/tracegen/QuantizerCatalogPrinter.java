package dev.precis.workloads.tracegen;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints quantizer descriptors: the catalogue of {@code precis info --quantizers} and {@code precis info QUANTIZER}. */
public final class QuantizerCatalogPrinter {

    private QuantizerCatalogPrinter() {
    }

    public static void printSummary(QuantizerRegistry registry, PrintWriter out) {
        out.println("Quantizers of precis trace --quantizer NAME (precis info NAME for its options):");
        for (QuantizerDescriptor d : registry.descriptors()) {
            out.printf("  %-24s %s%n", d.name(), d.description());
        }
        out.flush();
    }

    public static void print(QuantizerDescriptor d, PrintWriter out) {
        out.println(d.name() + ": " + d.description());
        out.println();
        out.println("Options (precis trace --quantizer " + d.name() + " --param NAME=VALUE; the trace header"
                + " records each under its name):");
        if (d.options().isEmpty()) {
            out.println("  (none)");
        }
        for (OptionSpec o : d.options()) {
            String constraint = o.constraint();
            out.printf("  %-22s %-11s %s (default %s%s)%n", o.name(),
                    o.type().name().toLowerCase(Locale.ROOT).replace('_', ' '), o.description(), o.defaultText(),
                    constraint.isEmpty() ? "" : ", " + constraint);
        }
        out.flush();
    }
}
