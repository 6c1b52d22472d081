package dev.precis.tlm.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.RunStatus;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's first-component example compiling, running, and identical to the README's text. */
class FirstComponentExampleTest {
    @Test
    void theExampleRunsAndGivesTheSameResultOnBothEngines() {
        SimulationResult seq = FirstComponentExample.run(new SequentialEngine());
        SimulationResult act = FirstComponentExample.run(new ActorEngine(2));
        assertThat(seq.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(seq.stats().counter("soc.cpu.done")).isEqualTo(3);
        // Requests are served back to back: the third answer leaves the memory at 1 + 30 ns, arrives 1 ns later.
        assertThat(seq.endTimePs()).isGreaterThanOrEqualTo(SimTime.ns(32));
        assertThat(act.digest()).isEqualTo(seq.digest());
        assertThat(act.stats()).isEqualTo(seq.stats());
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/precis/tlm/readme/FirstComponentExample.java"));
        String readme = Files.readString(Path.of("../README.md"));
        String snippet = between(source, "// README-BEGIN\n", "    // README-END").stripTrailing().stripIndent().strip();
        assertThat(readme).contains(snippet);
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin) + begin.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
