package dev.precis.components.sram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import dev.precis.tlm.ComponentHarness;
import dev.precis.tlm.Phase;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.Transaction;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.tlm.describe.ParameterException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SramComponentTest {

    private static SramComponent sram(Map<String, ?> params) {
        return (SramComponent) ComponentRegistry.load().create("sram", "ibuf", params);
    }

    @Test
    void readCompletesAfterItsWordsStreamThroughThePorts() {
        // 500 MHz = 2000 ps per cycle; 256 B = 16 words of 16 B over 8 ports: issue cycles 0 and 1, +1 latency.
        ComponentHarness h = ComponentHarness.of(sram(Map.of()));
        h.deliver("in", Transaction.read(1, 0, 256), 2000);
        h.run();
        assertThat(h.sent("in")).extracting(ComponentHarness.Sent::phase).containsExactly(Phase.END_REQ, Phase.BEGIN_RESP);
        long start = 2000;
        assertThat(h.sent("in").get(1).timePs() - start).isEqualTo(2 * 2000);
        assertThat(h.stats().counter("dut.reads")).isEqualTo(16);
        assertThat(h.stats().counter("dut.bytesRead")).isEqualTo(256);
    }

    @Test
    void stridedReadsHittingOneBankSerialise() {
        ComponentHarness h = ComponentHarness.of(sram(Map.of()));
        // Loosely timed, so all four arrive in the same cycle; words 0, 8, 16, 24 all sit in bank 0 of 8.
        for (int i = 0; i < 4; i++) {
            h.deliver("in", Transaction.read(10 + i, (long) i * 8 * 16, 16).withPhase(Phase.LT_REQUEST), 2000);
        }
        h.run();
        assertThat(h.stats().counter("dut.bankConflictCycles")).isEqualTo(1 + 2 + 3);
        // The last one completes 3 cycles after the first: delay annotations 1 and 4 cycles.
        assertThat(h.sent("in")).extracting(s -> s.tx().delayPs()).containsExactly(2000L, 4000L, 6000L, 8000L);
    }

    @Test
    void requestBeyondCapacityFailsTheRunNamingTheBuffer() {
        ComponentHarness h = ComponentHarness.of(sram(Map.of("capacity", "4 KiB", "extrapolate", true)));
        h.deliver("in", Transaction.write(1, 4000, 200), 2000);
        SimulationResult r = h.run();
        assertThat(r.toString()).contains("dut").contains("200 B").contains("4096 B");
    }

    @Test
    void tileLargerThanAHalfFailsTheRun() {
        ComponentHarness h = ComponentHarness.of(sram(Map.of("capacity", "4 KiB", "extrapolate", true)));
        h.deliver("in", Transaction.write(1, 0, 64).withExtension(SramComponent.TILE_BYTES, 3000L), 2000);
        SimulationResult r = h.run();
        assertThat(r.toString()).contains("tile of 3000 B").contains("2048 B");
    }

    @Test
    void energyAndAreaAreReported() {
        ComponentHarness h = ComponentHarness.of(sram(Map.of("technology", "45nm")));
        h.deliver("in", Transaction.write(1, 0, 1024), 2000);
        h.run();
        assertThat(h.stats().get("dut.energy.dynamic").orElseThrow().scalar()).isGreaterThan(0);
        assertThat(h.stats().get("dut.energy.leakage").orElseThrow().scalar()).isGreaterThan(0);
        assertThat(h.stats().get("dut.area").orElseThrow().scalar()).isGreaterThan(0);
    }

    @Test
    void aBufferOutsideTheCactiTableIsRefusedUnlessExtrapolationIsAsked() {
        assertThatThrownBy(() -> sram(Map.of("capacity", "4 KiB"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("component ibuf (type sram)").hasMessageContaining("below the smallest 8 KiB");
    }

    @Test
    void halvingTheBufferKeepsMoreThanHalfItsLeakage() {
        // CACTI 7, 28 nm, 512-bit words, 16 banks: 256 KiB leaks 63% of what 512 KiB does (proportional: 50%).
        double full = leakagePj(Map.of("capacity", "512 KiB", "banks", 16, "wordBytes", 64));
        double half = leakagePj(Map.of("capacity", "256 KiB", "banks", 16, "wordBytes", 64));
        assertThat(half / full).isBetween(0.6, 0.7);
    }

    private static double leakagePj(Map<String, ?> params) {
        ComponentHarness h = ComponentHarness.of(sram(params));
        h.deliver("in", Transaction.read(1, 0, 64), 2000);
        h.run();
        return h.stats().get("dut.energy.leakage").orElseThrow().scalar();
    }

    @Test
    void hoconValuesAreCheckedByTheSameRulesAsEveryOtherWayIn() {
        assertThatThrownBy(() -> ComponentRegistry.load().create("sram", "top.ibuf",
                ConfigFactory.parseString("capacity = 1000, banks = 8, wordBytes = 16")))
                .isInstanceOf(ParameterException.class)
                .hasMessage("component top.ibuf (type sram): capacity = 1000 B is not a multiple of banks x wordBytes"
                        + " = 128 B (rule: every bank holds the same whole number of words)");
        assertThatThrownBy(() -> ComponentRegistry.load().create("sram", "top.ibuf",
                ConfigFactory.parseString("banks = 4, ports = 8")))
                .hasMessageContaining("ports = 8 > banks = 4 (rule: each bank starts one word access per cycle");
        assertThatThrownBy(() -> ComponentRegistry.load().create("sram", "top.ibuf",
                ConfigFactory.parseString("banks = 0"))).hasMessageContaining("'banks' = 0 is below its minimum 1");
        assertThatThrownBy(() -> ComponentRegistry.load().create("sram", "top.ibuf",
                ConfigFactory.parseString("technology = 7nm"))).hasMessageContaining("7nm");
    }

    @Test
    void unknownParameterListsTheKnownOnes() {
        assertThatThrownBy(() -> sram(Map.of("size", "1 KiB"))).isInstanceOf(ParameterException.class)
                .hasMessageContaining("size").hasMessageContaining("capacity");
    }
}
