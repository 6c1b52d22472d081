package dev.precis.tlm.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.models.SimpleMemory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsAndRegistryTest {
    final ComponentRegistry registry = ComponentRegistry.load();

    @Test
    void serviceLoaderFindsTheKernelsComponentTypes() {
        assertThat(registry.descriptors()).extracting(ComponentDescriptor::typeName)
                .contains("phold-node", "ring-node", "simple-memory", "traffic-generator");
    }

    @Test
    void anUnknownParameterIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> registry.create("simple-memory", "top.mem", Map.of("latncy", "5 ns")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("component top.mem (type simple-memory) has no parameter 'latncy'")
                .hasMessageContaining("known parameters: banks, latency, psPerByte, queueDepth");
    }

    @Test
    void parametersOutOfRangeOrMalformedOrMissingNameTheParameter() {
        assertThatThrownBy(() -> registry.create("simple-memory", "m", Map.of("queueDepth", 0)))
                .hasMessageContaining("parameter 'queueDepth' = 0 is below its minimum 1");
        assertThatThrownBy(() -> registry.create("simple-memory", "m", Map.of("latency", "fast")))
                .hasMessageContaining("parameter 'latency' = 'fast' is not a valid time");
        assertThatThrownBy(() -> registry.create("phold-node", "lp", Map.of("index", 0)))
                .hasMessageContaining("required parameter 'nodes'");
        assertThatThrownBy(() -> registry.create("no-such", "x", Map.of()))
                .hasMessageContaining("unknown component type 'no-such' (registered types:");
        assertThatThrownBy(() -> registry.type("simple-memroy"))
                .hasMessageStartingWith("unknown component type 'simple-memroy'; did you mean simple-memory? (registered types:");
    }

    @Test
    void parametersParseUnitsFromHocon() {
        ComponentDescriptor d = new SimpleMemory.Type().descriptor();
        Params p = Params.resolve(d, "m", ConfigFactory.parseString("latency = 2.5 ns, queueDepth = 3"));
        assertThat(p.getTimePs("latency")).isEqualTo(2_500);
        assertThat(p.getInt("queueDepth")).isEqualTo(3);
        assertThat(p.getInt("banks")).isEqualTo(1);
        assertThat(Params.parseBytes("128 KiB")).isEqualTo(131_072);
        assertThat(Params.parseBytes("2 MB")).isEqualTo(2_000_000);
    }

    @Test
    void aComponentCreatedFromItsTypeRegistersTheStatisticsItsDescriptorDeclares() {
        ComponentType type = registry.type("simple-memory");
        ComponentHarness h = ComponentHarness.of(type.create(Params.defaults(type.descriptor(), "dut")));
        h.deliver("in", Transaction.read(1, 0, 64), 1);
        h.deliver("in", Transaction.read(2, 64, 64), 2);
        h.run();
        for (StatSpec s : type.descriptor().statistics()) {
            assertThat(h.stats().get("dut." + s.name())).as(s.name()).isPresent();
        }
    }

    @Test
    void theCataloguePrintsParametersPortsAndStatistics() {
        StringWriter out = new StringWriter();
        CatalogPrinter.print(registry.type("simple-memory").descriptor(), new PrintWriter(out));
        assertThat(out.toString()).contains("Parameters:", "queueDepth", "default 8", "range [1, ∞)",
                "Ports:", "in", "target", "Statistics:", "in.backPressure");
        assertThat(SimTime.format(new SimpleMemory.Type().create(Params.defaults(new SimpleMemory.Type().descriptor(), "x"))
                .port("in").latencyPs())).isEqualTo("0 ps");
    }
}
