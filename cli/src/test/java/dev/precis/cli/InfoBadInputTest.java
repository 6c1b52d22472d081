package dev.precis.cli;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input to {@code precis info}. */
class InfoBadInputTest {
    static Stream<BadInput> cases() {
        return Stream.of(
                BadInput.of("unknown type", BadInput.ERROR, "info", "warp-drive")
                        .mentions("unknown component type 'warp-drive' (registered types: ", "dram"),
                BadInput.of("misspelt type", BadInput.ERROR, "info", "dramm")
                        .mentions("unknown component type 'dramm'; did you mean dram?"),
                BadInput.of("two types", BadInput.USAGE, "info", "dram", "noc").mentions("noc"),
                BadInput.of("unknown option", BadInput.USAGE, "info", "--verbose").mentions("--verbose"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithOneLine(BadInput c) {
        c.assertRejected();
    }
}
