package dev.precis.accelerators.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs with the DRAM model on the memory path: its timing, its bytes, its energy, on both engines. */
class DramOnTheMemoryPathTest {

    @TempDir
    static Path dir;
    private static Path topology;

    @BeforeAll
    static void writeTopology() throws Exception {
        // Memory-bound: 1x1 convolutions and a classifier move far more weight bytes than they compute on.
        topology = Files.writeString(dir.resolve("memory-bound.csv"), """
                Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
                Pw1,7,7,1,1,512,512,1,
                Fc,1,1,1,1,1024,1000,1,
                """);
    }

    private static RunReport run(String preset, Map<String, String> overrides, EngineKind engine) {
        return AcceleratorRunner.run(new RunRequest(preset, new Workload.Topology(topology), 1, Optional.empty(), overrides,
                engine, 1), RunProgress.NONE);
    }

    @Test
    void ddr4TakesMoreCyclesThanTheIdeal1024BitInterfaceAndMovesTheSameBytes() {
        RunReport ideal = run("systolic", Map.of(), EngineKind.SEQUENTIAL);
        RunReport ddr4 = run("systolic", Map.of("memory", "dram:ddr4-2400"), EngineKind.SEQUENTIAL);
        RunReport hbm2 = run("systolic", Map.of("memory", "dram:hbm2"), EngineKind.SEQUENTIAL);
        assertThat(ddr4.total().cycles()).isGreaterThan(ideal.total().cycles());
        assertThat(ddr4.total().stallCycles()).isGreaterThan(ideal.total().stallCycles());
        // 19.2 GB/s against HBM2's 256 GB/s: the DRAM's own timing sets the stalls.
        assertThat(ddr4.total().cycles()).isGreaterThan(hbm2.total().cycles());
        assertThat(ddr4.total().computeCycles()).isEqualTo(ideal.total().computeCycles());
        // The systolic planner's transfers do not depend on the memory: every byte of them crosses the DRAM.
        for (RunReport dram : new RunReport[] {ddr4, hbm2}) {
            assertThat(dram.total().dramReadBytes()).isEqualTo(ideal.total().dramReadBytes()).isPositive();
            assertThat(dram.total().dramWriteBytes()).isEqualTo(ideal.total().dramWriteBytes()).isPositive();
            assertThat(dram.total().energyPj().dram()).isPositive();
        }
        // DRAM energy is the IDD model's, not the ideal interface's per-bit figure.
        assertThat(ddr4.total().energyPj().dram()).isNotEqualTo(ideal.total().energyPj().dram())
                .isNotEqualTo(hbm2.total().energyPj().dram());
    }

    @Test
    void thePanaceaCodecsCompressedBytesAreWhatTheDramMoves() {
        RunReport ideal = run("panacea", Map.of(), EngineKind.SEQUENTIAL);
        RunReport hbm2 = run("panacea", Map.of("memory", "dram:hbm2"), EngineKind.SEQUENTIAL);
        RunReport dense = run("sibia", Map.of("memory", "dram:hbm2"), EngineKind.SEQUENTIAL);
        assertThat(hbm2.total().dramReadBytes()).isEqualTo(ideal.total().dramReadBytes());
        assertThat(hbm2.total().dramWriteBytes()).isEqualTo(ideal.total().dramWriteBytes());
        // Sibia replays the same trace without a codec: the dense bytes. (On these small activations the RLE code is
        // a little longer than the dense slices; what matters is that the coded size is what crosses the DRAM.)
        assertThat(hbm2.total().macs()).isEqualTo(dense.total().macs());
        assertThat(hbm2.total().dramReadBytes()).isNotEqualTo(dense.total().dramReadBytes());
        assertThat(hbm2.total().dramWriteBytes()).isEqualTo(dense.total().dramWriteBytes());
        assertThat(hbm2.total().energyPj().dram()).isPositive();
    }

    @Test
    void bothEnginesGiveIdenticalReportsWithTheDramOnThePath() {
        for (String preset : new String[] {"systolic", "panacea", "bitfusion"}) {
            Map<String, String> o = Map.of("memory", "dram:ddr4-2400");
            RunReport sequential = run(preset, o, EngineKind.SEQUENTIAL);
            RunReport actor = run(preset, o, EngineKind.ACTOR);
            assertThat(actor.layers()).as(preset).isEqualTo(sequential.layers());
            assertThat(actor.total()).as(preset).isEqualTo(sequential.total());
        }
    }
}
