package dev.precis.components;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.Component;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentTypesRegisteredTest {

    @Test
    void nocSramAndDmaAreFoundThroughServiceLoaderAndBuildWithDefaults() {
        ComponentRegistry registry = ComponentRegistry.load();
        for (String type : new String[] {"noc", "sram", "dma"}) {
            ComponentDescriptor d = registry.type(type).descriptor();
            assertThat(d.params()).allSatisfy(p -> assertThat(p.isRequired()).as(type + "." + p.name()).isFalse());
            assertThat(d.statistics()).isNotEmpty();
            Component c = registry.create(type, "x." + type, Map.of());
            assertThat(c.ports()).isNotEmpty();
        }
    }
}
