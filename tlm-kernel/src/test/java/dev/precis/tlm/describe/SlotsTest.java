package dev.precis.tlm.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.Component;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotsTest {
    static final SlotSpec<GreetingPolicy> GREETING =
            new SlotSpec<>("greeting", GreetingPolicy.class, "polite", "how the greeter greets");

    /** A type with one slot and no parameter of its own. */
    static final class GreeterType implements ComponentType {
        @Override
        public ComponentDescriptor descriptor() {
            return new ComponentDescriptor("greeter", "greets", List.of(), List.of(), List.of(), List.of(GREETING));
        }

        @Override
        public Component create(Params params) {
            GreetingPolicy policy = params.policy(GREETING);
            return new Component() {
                @Override
                public String toString() {
                    return policy.greet("world");
                }
            };
        }
    }

    final ComponentRegistry registry = ComponentRegistry.of(List.of(new GreeterType()));

    @Test
    void theSlotsParameterIsDerivedOnceWithTheSlotsDefault() {
        ParamSpec p = new GreeterType().descriptor().param("greeting");
        assertThat(p).isNotNull();
        assertThat(p.defaultValue()).isEqualTo("polite");
        assertThat(registry.create("greeter", "g", Map.of()).toString()).isEqualTo("good day, world");
        assertThat(registry.create("greeter", "g", Map.of("greeting", "terse")).toString()).isEqualTo("hi world");
    }

    @Test
    void anUnknownImplementationNamesTheComponentTheParameterAndTheRegisteredOnes() {
        assertThatThrownBy(() -> registry.create("greeter", "top.g", Map.of("greeting", "rude")))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("component top.g (type greeter)")
                .hasMessageContaining("parameter 'greeting'")
                .hasMessageContaining("'rude'")
                .hasMessageContaining("polite, terse");
    }

    @Test
    void theRegistryFindsImplementationsThroughServiceLoaderSortedByName() {
        PolicyRegistry<GreetingPolicy> r = PolicyRegistry.load(GreetingPolicy.class);
        assertThat(r.names()).containsExactly("polite", "terse");
        assertThat(r.require("terse", "here").greet("you")).isEqualTo("hi you");
    }

    @Test
    void theCatalogueListsSlotsAndTheirImplementations() {
        StringWriter detail = new StringWriter();
        CatalogPrinter.print(new GreeterType().descriptor(), new PrintWriter(detail));
        assertThat(detail.toString()).contains("Slots:", "greeting", "GreetingPolicy", "default polite",
                "terse", "says hi");
        StringWriter summary = new StringWriter();
        CatalogPrinter.printSummary(registry, new PrintWriter(summary));
        assertThat(summary.toString()).contains("Registered policies", "GreetingPolicy", "polite", "terse");
    }
}
