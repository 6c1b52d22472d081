package dev.precis.components.dma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.dram.DramComponent;
import dev.precis.components.dram.DramPresets;
import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Model;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import org.junit.jupiter.api.Test;

/** A requester's plain READ/WRITE transfers through a DMA (buffer port unlinked) into the DRAM model. */
class DmaIntoDramTest {

    /** Sends one read and one write of {@code bytes} at time 0. */
    private static final class Requester extends Component {
        private final InitiatorSocket out;
        private final long bytes;

        Requester(long bytes) {
            this.bytes = bytes;
            this.out = InitiatorSocket.declare(this, "out", response -> { });
        }

        @Override
        protected void onStart() {
            out.send(Transaction.read(ctx().newTransactionId(), 0, bytes));
            out.send(Transaction.write(ctx().newTransactionId(), 1L << 28, bytes));
        }
    }

    private static Model model(String preset, long bytes, int burstsPerCycle) {
        Model.Builder b = Model.builder();
        Requester r = b.add("top.ctl", new Requester(bytes));
        DmaComponent dma = b.add("top.dma", new DmaComponent(64, 256, burstsPerCycle, ClockDomain.ofMHz("dma", 500)));
        DramComponent dram = b.add("top.dram", new DramComponent(DramPresets.load(preset)));
        b.link(r.port("out"), dma.port("ctrl"), 1);
        b.link(dma.port("dram"), dram.port("in"), 1);
        return b.build();
    }

    @Test
    void everyByteCrossesTheDramAndBothEnginesAgree() {
        SimulationResult seq = new SequentialEngine().run(model("ddr4-2400", 100_000, 1), RunOptions.DEFAULT).orThrow();
        SimulationResult act = new ActorEngine(2).run(model("ddr4-2400", 100_000, 1), RunOptions.DEFAULT).orThrow();
        assertThat(seq.stats().counter("top.dram.readBytes")).isEqualTo(100_000);
        assertThat(seq.stats().counter("top.dram.writeBytes")).isEqualTo(100_000);
        assertThat(seq.stats().counter("top.dram.reads")).isEqualTo((100_000 + 63) / 64);
        assertThat(seq.stats().get("top.dram.energy.total")).isPresent();
        assertThat(act.stats()).isEqualTo(seq.stats());
        assertThat(act.endTimePs()).isEqualTo(seq.endTimePs());
    }

    @Test
    void hbm2TakesMoreThanOneRequestPerDramCycleWhenTheDmaOffersThem() {
        long bytes = 1 << 20;
        SimulationResult r = new SequentialEngine().run(model("hbm2", bytes, 16), RunOptions.DEFAULT).orThrow();
        long requests = r.stats().counter("top.dram.reads") + r.stats().counter("top.dram.writes");
        double tckPs = DramPresets.load("hbm2").tckPs();
        // Eight channels: more requests than DRAM cycles elapsed (the port alone would allow one per cycle).
        assertThat((double) requests).isGreaterThan(r.endTimePs() / tckPs);
    }
}
