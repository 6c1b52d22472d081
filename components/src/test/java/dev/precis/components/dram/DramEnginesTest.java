package dev.precis.components.dram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.Model;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimTime;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.models.TrafficGenerator;
import org.junit.jupiter.api.Test;

class DramEnginesTest {

    /** Two traffic generators, each driving its own DRAM (DDR4 and HBM2) with reads and writes faster than it can serve. */
    private static Model model() {
        Model.Builder b = Model.builder().seed(7);
        TrafficGenerator cpu = b.add("top.cpu", new TrafficGenerator(3000, SimTime.ns(2), 1L << 30, 64, 0.3));
        DramComponent ddr4 = b.add("top.ddr4", new DramComponent(DramPresets.load("ddr4-2400")));
        TrafficGenerator gpu = b.add("top.gpu", new TrafficGenerator(3000, SimTime.ns(1), 1L << 30, 64, 0.3));
        DramComponent hbm = b.add("top.hbm", new DramComponent(DramPresets.load("hbm2")));
        b.link(cpu.port("out"), ddr4.port("in"), SimTime.ns(1));
        b.link(gpu.port("out"), hbm.port("in"), SimTime.ns(1));
        return b.build();
    }

    @Test
    void sequentialAndActorEnginesGiveIdenticalRuns() {
        SimulationResult sequential = new SequentialEngine().run(model(), RunOptions.DEFAULT).orThrow();
        SimulationResult actors = new ActorEngine(2).run(model(), RunOptions.DEFAULT).orThrow();
        assertThat(actors.digest()).isEqualTo(sequential.digest());
        assertThat(actors.endTimePs()).isEqualTo(sequential.endTimePs());
        assertThat(actors.stats()).isEqualTo(sequential.stats());
        assertThat(sequential.stats().counter("top.ddr4.reads") + sequential.stats().counter("top.ddr4.writes")).isEqualTo(3000);
        assertThat(sequential.stats().counter("top.hbm.reads") + sequential.stats().counter("top.hbm.writes")).isEqualTo(3000);
        // Offered faster than one channel serves random lines: the DDR4 queue fills and pushes back.
        assertThat(sequential.stats().counter("top.ddr4.backPressureCycles")).isPositive();
        assertThat(sequential.stats().counter("top.ddr4.cmd.act")).isPositive();
    }
}
