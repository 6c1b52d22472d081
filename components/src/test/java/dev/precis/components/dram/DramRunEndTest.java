package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.BothEngines;
import dev.precis.tlm.ClockDomain;
import dev.precis.tlm.Component;
import dev.precis.tlm.InitiatorSocket;
import dev.precis.tlm.Model;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import org.junit.jupiter.api.Test;

/** A DRAM is powered for the whole run: a tail in which only other components work still costs it background and refresh energy. */
class DramRunEndTest {

    private final DramConfig ddr4 = DramPresets.load("ddr4-2400");

    /** Reads one line at time 0, then computes for {@code tailPs} after the answer (an event of its own, no DRAM traffic). */
    private static final class ReadThenCompute extends Component {
        private final long tailPs;
        private final InitiatorSocket out;

        ReadThenCompute(long tailPs) {
            this.tailPs = tailPs;
            this.out = InitiatorSocket.declare(this, "out", answer -> {
                if (this.tailPs > 0) ctx().schedule(this.tailPs, "computed");
            });
        }

        @Override
        protected void onStart() {
            out.send(Transaction.read(ctx().newTransactionId(), 0x40, 64));
        }

        @Override
        protected void onEvent(Object event) {
            // The end of the compute-only tail: nothing to do but be the run's last event.
        }
    }

    private Model model(long tailPs) {
        Model.Builder b = Model.builder().seed(3);
        ReadThenCompute core = b.add("top.core", new ReadThenCompute(tailPs));
        DramComponent dram = b.add("top.dram", new DramComponent(ddr4));
        b.link(core.port("out"), dram.port("in"), SimTime.ns(1));
        return b.build();
    }

    private static double stat(SimulationResult r, String name) {
        return r.stats().get(name).orElseThrow(() -> new AssertionError("no statistic " + name)).scalar();
    }

    @Test
    void backgroundAndRefreshEnergyCoverTheRunUpToItsLastEventOnBothEngines() {
        int tREFI = ddr4.cycles("tREFI");
        long tailPs = Math.round(5.5 * tREFI * ddr4.tckPs());
        SimulationResult alone = BothEngines.run(() -> model(0));
        SimulationResult withTail = BothEngines.run(() -> model(tailPs));

        ClockDomain clock = new ClockDomain("dram", Math.round(1e9 / ddr4.tckNs()));
        long cycles = withTail.stats().counter("top.dram.cycles");
        assertThat(cycles).isEqualTo(clock.psToCycle(withTail.endTimePs()) + 1);
        long tailCycles = cycles - alone.stats().counter("top.dram.cycles");
        assertThat(tailCycles).isGreaterThan(5L * tREFI);

        // Refreshes keep falling due in the tail, once per rank every tREFI.
        long interval = tREFI / ddr4.organization().ranks();
        assertThat(withTail.stats().counter("top.dram.cmd.ref")).isEqualTo((cycles - 1) / interval);
        assertThat(stat(withTail, "top.dram.energy.refresh")).isGreaterThan(stat(alone, "top.dram.energy.refresh"));

        // Each tail cycle costs every rank at least its precharge (IDD2N) or active (IDD3N) standby energy.
        DramPower p = ddr4.power();
        double perRankCycle = p.vddVolts() * ddr4.organization().devicesPerRank() * ddr4.tckNs()
                * Math.min(p.idd2nMa(), p.idd3nMa());
        double extraBackground = stat(withTail, "top.dram.energy.background") - stat(alone, "top.dram.energy.background");
        assertThat(extraBackground).isGreaterThanOrEqualTo(tailCycles * ddr4.organization().ranks() * perRankCycle * (1 - 1e-9));
        assertThat(withTail.stats().counter("top.dram.reads")).isEqualTo(1);
    }
}
