package dev.precis.tlm.describe;

import java.io.PrintWriter;

/** Prints component descriptors as the human-readable catalogue of {@code precis info}. */
public final class CatalogPrinter {
    private CatalogPrinter() {}

    public static void printSummary(ComponentRegistry registry, PrintWriter out) {
        out.println("Registered component types (precis info TYPE for details):");
        for (ComponentDescriptor d : registry.descriptors()) {
            out.printf("  %-24s %s%n", d.typeName(), d.description());
        }
        java.util.Map<String, Class<? extends Policy>> slotTypes = new java.util.TreeMap<>();
        for (ComponentDescriptor d : registry.descriptors()) {
            for (SlotSpec<?> slot : d.slots()) slotTypes.put(slot.policyType().getSimpleName(), slot.policyType());
        }
        if (!slotTypes.isEmpty()) {
            out.println();
            out.println("Registered policies (slot implementations):");
            for (Class<? extends Policy> type : slotTypes.values()) {
                for (Policy p : PolicyRegistry.load(type).all()) {
                    out.printf("  %-24s %-24s %s%n", type.getSimpleName(), p.policyName(), p.description());
                }
            }
        }
        out.flush();
    }

    public static void print(ComponentDescriptor d, PrintWriter out) {
        out.println(d.typeName() + ": " + d.description());
        out.println();
        out.println("Parameters:");
        if (d.params().isEmpty()) out.println("  (none)");
        for (ParamSpec p : d.params()) {
            String req = p.isRequired() ? "required" : "default " + p.defaultValue();
            String range = "";
            if (p.min() != null || p.max() != null) {
                range = ", range " + (p.min() == null ? "(-∞" : "[" + fmt(p.min())) + ", "
                        + (p.max() == null ? "∞)" : fmt(p.max()) + "]");
            }
            if (!p.choices().isEmpty()) range = ", one of " + String.join("|", p.choices());
            out.printf("  %-22s %-9s %-8s %s (%s%s)%n", p.name(), p.type().name().toLowerCase(), p.unit(),
                    p.description(), req, range);
        }
        out.println();
        out.println("Ports:");
        if (d.ports().isEmpty()) out.println("  (none)");
        for (PortSpec p : d.ports()) {
            out.printf("  %-22s %-9s %s%n", p.name(), p.direction().name().toLowerCase(), p.carries());
        }
        if (!d.slots().isEmpty()) {
            out.println();
            out.println("Slots:");
            for (SlotSpec<?> slot : d.slots()) {
                out.printf("  %-22s %s: %s (default %s)%n", slot.name(), slot.policyType().getSimpleName(),
                        slot.description(), slot.defaultPolicy());
                for (Policy p : PolicyRegistry.load(slot.policyType()).all()) {
                    out.printf("    %-20s %s%n", p.policyName(), p.description());
                }
            }
        }
        out.println();
        out.println("Statistics:");
        if (d.statistics().isEmpty()) out.println("  (none)");
        for (StatSpec s : d.statistics()) {
            out.printf("  %-22s %-9s %s%n", s.name(), s.unit(), s.description());
        }
        out.flush();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
