package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.precis.tlm.models.KernelModels;
import dev.precis.tlm.trace.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracingTest {
    @TempDir
    Path dir;

    @Test
    void chromeTraceHasATrackPerComponentAndIsIdenticalOnBothEngines() throws Exception {
        Path seq = dir.resolve("seq.json");
        Path act = dir.resolve("act.json");
        new SequentialEngine().run(KernelModels.memorySystem(2, 20, 3), RunOptions.DEFAULT.withChromeTrace(seq));
        new ActorEngine(2).run(KernelModels.memorySystem(2, 20, 3), RunOptions.DEFAULT.withChromeTrace(act));
        assertThat(Files.readString(seq)).isEqualTo(Files.readString(act));

        Set<String> threadNames = new HashSet<>();
        int spans = 0;
        try (JsonParser p = new JsonFactory().createParser(seq.toFile())) {
            String last = null;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME) last = p.currentName();
                else if (p.currentToken() == JsonToken.VALUE_STRING && "ph".equals(last) && p.getText().equals("X")) spans++;
                else if (p.currentToken() == JsonToken.VALUE_STRING && "name".equals(last) && p.getText().startsWith("sys.")) {
                    threadNames.add(p.getText());
                }
            }
        }
        assertThat(threadNames).contains("sys.cpu0", "sys.mem0", "sys.cpu1", "sys.mem1");
        // 40 requests, each a span at the initiator and one at the target.
        assertThat(spans).isEqualTo(80);
    }

    static final class Fifo extends Component {
        Signal occupancy;

        Fifo() {
            targetPort("in", tx -> occupancy.set(occupancy.value() + 1));
        }

        @Override
        protected void onStart() {
            occupancy = ctx().signal("occupancy", 8);
        }
    }

    static final class Pusher extends Component {
        final Port out = initiatorPort("out", tx -> { });

        @Override
        protected void onStart() {
            for (int i = 0; i < 3; i++) ctx().send(out, Transaction.message(i), SimTime.ns(10) * i);
        }
    }

    @Test
    void vcdRecordsSignalChangesInNestedScopes() throws Exception {
        Model.Builder b = Model.builder();
        Pusher p = b.add("top.src", new Pusher());
        Fifo f = b.add("top.buf.fifo", new Fifo());
        b.link(p.out, f.port("in"), SimTime.ns(1));
        Path vcd = dir.resolve("run.vcd");
        new SequentialEngine().run(b.build(), RunOptions.DEFAULT.withVcd(vcd)).orThrow();
        String text = Files.readString(vcd);
        assertThat(text).contains("$timescale 1 ps $end", "$scope module top $end", "$scope module buf $end",
                "$scope module fifo $end", "$var wire 8 ! occupancy $end");
        assertThat(text).contains("#1000\nb1 !", "#11000\nb10 !", "#21000\nb11 !");
        assertThat(dir.toFile().list()).containsExactly("run.vcd");
    }

    @Test
    void tracingIsOffByDefault() {
        SimulationResult r = new SequentialEngine().run(KernelModels.ring(2, 1, 10));
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
