package dev.precis.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example prints exactly its reference output (src/test/resources/dev/precis/examples/NAME.out). */
class ExamplesTest {
    static Stream<Example> examples() {
        return Examples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsItsReferenceOutput(Example example) throws IOException {
        try (InputStream in = ExamplesTest.class.getResourceAsStream(example.name() + ".out")) {
            assertThat(in).as("reference output of " + example.name()).isNotNull();
            assertThat(example.run()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnknownExampleNameListsTheExamples() {
        assertThatThrownBy(() -> Examples.named("basic-magic")).hasMessageContaining("basic-links, basic-clocks");
    }

    @Test
    void anExampleNameResolvesFromAWordOfItOrAPrefix() {
        assertThat(Examples.named("links").name()).isEqualTo("basic-links");
        assertThat(Examples.named("basic-cl").name()).isEqualTo("basic-clocks");
    }

    @Test
    void aMisspeltOrAmbiguousExampleNameIsAnErrorWithTheNearestName() {
        assertThatThrownBy(() -> Examples.named("basic-linsk")).hasMessageStartingWith(
                "no example named 'basic-linsk'; did you mean basic-links?");
        assertThatThrownBy(() -> Examples.named("basic")).hasMessageContaining("ambiguous", "basic-links", "basic-params");
    }
}
