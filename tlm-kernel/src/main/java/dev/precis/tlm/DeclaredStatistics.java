package dev.precis.tlm;

import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.StatInfo;
import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, for a test, that a component type registers exactly the statistics its descriptor declares (name, unit
 * and description), so that {@code precis info} says what a run records. Each type is built with its defaults in
 * a {@link ComponentHarness}; its initiator ports are answered and each target port gets one READ, since a
 * socket registers its statistics at its first request. A component that refuses that READ still registers what
 * it registers at elaboration; statistics it registers only on real work (a family's members) must be declared
 * but need not appear.
 */
public final class DeclaredStatistics {

    private DeclaredStatistics() {
    }

    /**
     * Every way the types of {@code registry} differ from their declarations, one line each (empty when none do).
     * {@code required} gives the values of the parameters a type requires (no default), by type name.
     */
    public static List<String> mismatches(ComponentRegistry registry, Map<String, Map<String, Object>> required) {
        List<String> out = new ArrayList<>();
        for (ComponentDescriptor d : registry.descriptors()) {
            out.addAll(compare(d, registered(registry, d, required.getOrDefault(d.typeName(), Map.of()))));
        }
        return out;
    }

    /**
     * How the statistics component {@code instance} registered in a finished run ({@code stats}) differ from what
     * its type {@code d} declares, one line each: for a type that needs an elaborated model to run at all.
     */
    public static List<String> mismatches(ComponentDescriptor d, StatsSnapshot stats, String instance) {
        String prefix = instance + ".";
        return compare(d, stats.values().values().stream().map(StatValue::info)
                .filter(i -> i.name().startsWith(prefix))
                .map(i -> new StatSpec(i.name().substring(prefix.length()), i.unit(), i.description())).toList());
    }

    private static List<String> compare(ComponentDescriptor d, List<StatSpec> registered) {
        List<String> out = new ArrayList<>();
        for (StatSpec r : registered) {
            Optional<StatSpec> declared = declaring(d, r.name());
            if (declared.isEmpty()) {
                out.add(d.typeName() + " registers " + r + ", which it does not declare");
            } else if (!declared.get().equals(r)) {
                out.add(d.typeName() + " registers " + r + " but declares " + declared.get());
            }
        }
        for (StatSpec s : d.statistics()) {
            if (!s.isFamily() && registered.stream().noneMatch(r -> r.name().equals(s.name()))) {
                out.add(d.typeName() + " declares " + s + " but does not register it");
            }
        }
        return out;
    }

    private static List<StatSpec> registered(ComponentRegistry registry, ComponentDescriptor d,
                                             Map<String, Object> params) {
        Component c = registry.create(d.typeName(), "dut", params);
        ComponentHarness h = ComponentHarness.of(c);
        long id = 1;
        for (Port p : c.ports()) {
            if (p.direction() == PortDirection.INITIATOR) {
                h.autoRespond(p.name(), 1000);
            } else if (p.direction() == PortDirection.TARGET) {
                h.deliver(p.name(), Transaction.read(id++, 0, 16), 2000);
            }
        }
        h.run();
        return h.stats().values().values().stream().map(StatValue::info).map(DeclaredStatistics::local).toList();
    }

    private static Optional<StatSpec> declaring(ComponentDescriptor d, String registered) {
        return d.statistics().stream().map(s -> s.declaring(registered)).flatMap(Optional::stream).findFirst();
    }

    private static StatSpec local(StatInfo info) {
        return new StatSpec(info.name().substring("dut.".length()), info.unit(), info.description());
    }
}
