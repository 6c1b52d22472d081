package dev.precis.components;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.Component;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.StatSpec;
import dev.precis.tlm.stats.StatInfo;
import dev.precis.tlm.stats.StatValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a component type declares about its statistics (precis info) is what its components register, name, unit
 * and description alike. The NoC and SRAM types register their declared {@code StatSpec}s; the DRAM type still
 * describes some statistics differently in its descriptor and at registration (e.g. readLatency, cmd.*), and
 * joins this list when it registers from its descriptor too.
 */
class StatisticsDeclaredAsRegisteredTest {

    private static final List<String> SINGLE_SOURCE_TYPES = List.of("noc", "sram");

    @Test
    void typesThatRegisterTheirDeclaredStatisticsRegisterExactlyThose() {
        ComponentRegistry registry = ComponentRegistry.load();
        for (String type : SINGLE_SOURCE_TYPES) {
            ComponentDescriptor d = registry.type(type).descriptor();
            Component c = registry.create(d.typeName(), "dut", Map.of());
            ComponentHarness h = ComponentHarness.of(c);
            if (type.equals("sram")) {
                // Its socket registers its statistics at the first request.
                h.deliver("in", Transaction.read(1, 0, 16), 2000);
            }
            h.run();
            List<StatSpec> registered = h.stats().values().values().stream().map(StatValue::info)
                    .map(StatisticsDeclaredAsRegisteredTest::local).toList();
            assertThat(registered).as("statistics of type %s", d.typeName())
                    .containsExactlyInAnyOrderElementsOf(d.statistics());
        }
    }

    private static StatSpec local(StatInfo info) {
        return new StatSpec(info.name().substring("dut.".length()), info.unit(), info.description());
    }
}
