package dev.precis.components;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.Component;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Port;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.StatInfo;
import dev.precis.tlm.stats.StatValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What a component type declares about its statistics (precis info) is what its components register, name, unit
 * and description alike, for every type the registry loads.
 */
class StatisticsDeclaredAsRegisteredTest {

    /** The parameters a type requires (none has a default), and a budget that lets a lone PHOLD process end. */
    private static final Map<String, Map<String, Object>> REQUIRED = Map.of(
            "phold-node", Map.of("index", 0, "nodes", 1, "budget", 3));

    @Test
    void everyRegisteredTypeRegistersExactlyTheStatisticsItDeclares() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThat(registry.descriptors()).hasSizeGreaterThanOrEqualTo(17);
        SoftAssertions soft = new SoftAssertions();
        for (ComponentDescriptor d : registry.descriptors()) {
            List<StatSpec> registered = registeredWithDefaults(registry, d);
            for (StatSpec r : registered) {
                soft.assertThat(declaring(d, r.name())).as("declaration of %s.%s", d.typeName(), r.name()).contains(r);
            }
            List<StatSpec> single = d.statistics().stream().filter(s -> !s.isFamily()).toList();
            soft.assertThat(registered.stream().filter(r -> single.stream().anyMatch(s -> s.name().equals(r.name()))))
                    .as("statistics of type %s", d.typeName()).containsExactlyInAnyOrderElementsOf(single);
        }
        soft.assertAll();
    }

    /** The statistics a component of type {@code d} built with its defaults registers in a short run. */
    private static List<StatSpec> registeredWithDefaults(ComponentRegistry registry, ComponentDescriptor d) {
        Component c = registry.create(d.typeName(), "dut", REQUIRED.getOrDefault(d.typeName(), Map.of()));
        ComponentHarness h = ComponentHarness.of(c);
        long id = 1;
        for (Port p : c.ports()) {
            if (p.direction() == PortDirection.INITIATOR) {
                h.autoRespond(p.name(), 1000);
            } else if (p.direction() == PortDirection.TARGET) {
                // A socket registers its statistics at its first request.
                h.deliver(p.name(), Transaction.read(id++, 0, 16), 2000);
            }
        }
        h.run();
        return h.stats().values().values().stream().map(StatValue::info)
                .map(StatisticsDeclaredAsRegisteredTest::local).toList();
    }

    private static Optional<StatSpec> declaring(ComponentDescriptor d, String registered) {
        return d.statistics().stream().map(s -> s.declaring(registered)).flatMap(Optional::stream).findFirst();
    }

    private static StatSpec local(StatInfo info) {
        return new StatSpec(info.name().substring("dut.".length()), info.unit(), info.description());
    }
}
