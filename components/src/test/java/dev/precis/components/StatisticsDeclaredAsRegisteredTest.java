package dev.precis.components;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.DeclaredStatistics;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a component type declares about its statistics (precis info) is what its components register, name, unit
 * and description alike, for every type the registry loads (the kernel's models and the components').
 */
class StatisticsDeclaredAsRegisteredTest {

    /** The parameters a type requires (none has a default), and a budget that lets a lone PHOLD process end. */
    static final Map<String, Map<String, Object>> REQUIRED = Map.of(
            "phold-node", Map.of("index", 0, "nodes", 1, "budget", 3));

    @Test
    void everyRegisteredTypeRegistersExactlyTheStatisticsItDeclares() {
        ComponentRegistry registry = ComponentRegistry.load();
        assertThat(registry.descriptors()).extracting(d -> d.typeName())
                .contains("dram", "dma", "noc", "sram", "simple-memory", "phold-node", "drift-scheduler");
        assertThat(DeclaredStatistics.mismatches(registry, REQUIRED)).isEmpty();
    }
}
