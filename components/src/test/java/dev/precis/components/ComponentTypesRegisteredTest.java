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

    @Test
    void thePrecisionAdaptiveTypesAreRegisteredAndBuildWithDefaults() {
        ComponentRegistry registry = ComponentRegistry.load();
        for (String type : new String[] {"ant-pe-array", "lpa-pe-array", "panacea-array", "sibia-array", "systolic-array", "ideal-memory",
                "drift-detector", "drift-scheduler", "rle-encoder", "rle-decoder"}) {
            ComponentDescriptor d = registry.type(type).descriptor();
            assertThat(d.params()).allSatisfy(p -> assertThat(p.isRequired()).as(type + "." + p.name()).isFalse());
            assertThat(d.statistics()).extracting(dev.precis.tlm.describe.StatSpec::name).contains("in.requests");
            Component c = registry.create(type, "x." + type, Map.of());
            assertThat(c.ports()).extracting(dev.precis.tlm.Port::name).contains("in");
        }
        assertThat(registry.type("drift-scheduler").descriptor().slots()).singleElement()
                .satisfies(slot -> assertThat(slot.defaultPolicy()).isEqualTo("drift-packing"));
        assertThat(dev.precis.tlm.describe.PolicyRegistry.load(dev.precis.components.drift.DriftSchedulingPolicy.class).names())
                .containsExactly("arrival-order", "drift-packing", "static-layer");
    }

    @Test
    void anUnknownSchedulingPolicyFailsBeforeTheRunListingTheRegisteredOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComponentRegistry.load()
                        .create("drift-scheduler", "top.sched", Map.of("policy", "round-robin")))
                .isInstanceOf(dev.precis.tlm.describe.ParameterException.class)
                .hasMessageContaining("top.sched").hasMessageContaining("'policy'")
                .hasMessageContaining("arrival-order, drift-packing, static-layer");
    }
}
