package dev.precis.components.dma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.sram.SramComponent;
import dev.precis.components.sram.SramConfig;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Command;
import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Model;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.models.SimpleMemory;
import org.junit.jupiter.api.Test;

/** A DMA engine loading tiles from a memory into an SRAM buffer, all three as kernel components. */
class DmaIntoSramTest {

    /** Issues one DMA transfer at time 0. */
    private static final class Controller extends Component {
        private final InitiatorSocket out;
        private final DmaDescriptor descriptor;

        Controller(DmaDescriptor descriptor) {
            this.descriptor = descriptor;
            this.out = InitiatorSocket.declare(this, "out", response -> { });
        }

        @Override
        protected void onStart() {
            out.send(Transaction.of(ctx().newTransactionId(), Command.WRITE, 0, descriptor.totalBytes())
                    .withExtension(DmaComponent.DESCRIPTOR, descriptor));
        }
    }

    private static SimulationResult run(DmaDescriptor tile) {
        Model.Builder b = Model.builder();
        Controller ctl = b.add("top.ctl", new Controller(tile));
        DmaComponent dma = b.add("top.dma", new DmaComponent(64, 16, ClockDomain.ofMHz("dma", 500)));
        SimpleMemory dram = b.add("top.dram", new SimpleMemory(32, 8, 50_000, 0));
        SramComponent ibuf = b.add("top.ibuf", new SramComponent(SramConfig.of("ibuf", 8 * 1024, 8, 16)));
        b.link(ctl.port("out"), dma.port("ctrl"), 1000);
        b.link(dma.port("dram"), dram.port("in"), 1000);
        b.link(dma.port("buffer"), ibuf.port("in"), 1000);
        return new SequentialEngine().run(b.build(), RunOptions.DEFAULT);
    }

    @Test
    void tileThatFitsHalfTheBufferArrivesWhole() {
        SimulationResult r = run(DmaDescriptor.load2d(0, 8192, 0, 512, 8));
        assertThat(r.ok()).isTrue();
        assertThat(r.stats().counter("top.dma.bytesMoved")).isEqualTo(4096);
        assertThat(r.stats().counter("top.ibuf.bytesWritten")).isEqualTo(4096);
        // One BEGIN_REQ at a time per port, each waiting a 2 ns END_REQ round trip: requests queue behind it.
        assertThat(r.stats().counter("top.dma.backPressureCycles")).isGreaterThan(0);
    }

    @Test
    void tileLargerThanHalfTheBufferFailsNamingTheBuffer() {
        SimulationResult r = run(DmaDescriptor.load2d(0, 8192, 0, 512, 9));
        assertThat(r.ok()).isFalse();
        assertThat(r.failureIfAny().orElseThrow().toString()).contains("top.ibuf").contains("4608 B").contains("4096 B");
    }
}
