package dev.precis.components.dram.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramPresets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DramTraceReplayTest {

    /** A sparse random read/write trace: long idle gaps, so skipping has plenty to skip (and refreshes fall inside gaps). */
    private static String sparseTrace(long seed, int requests) {
        Well19937c rng = new Well19937c(seed);
        StringBuilder b = new StringBuilder();
        long cycle = 0;
        for (int i = 0; i < requests; i++) {
            cycle += 1 + rng.nextInt(3000);
            long address = (rng.nextInt(1 << 20)) * 64L;
            b.append("0x").append(Long.toHexString(address)).append(rng.nextInt(4) == 0 ? " WRITE " : " READ ").append(cycle).append('\n');
        }
        return b.toString();
    }

    @Test
    void skippingIdleCyclesGivesExactlyTheSameReportAsTickingEveryCycle(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("sparse.trace");
        Files.writeString(trace, sparseTrace(42, 500));
        for (String preset : new String[] {"ddr4-2400", "hbm2", "lpddr4"}) {
            DramConfig c = DramPresets.load(preset);
            DramReport skipped;
            DramReport stepped;
            try (DramTraceReader r = new DramTraceReader(trace)) {
                skipped = DramTraceReplay.run(c, "sparse", r, true);
            }
            try (DramTraceReader r = new DramTraceReader(trace)) {
                stepped = DramTraceReplay.run(c, "sparse", r, false);
            }
            assertThat(skipped).isEqualTo(stepped);
            assertThat(skipped.commandCounts().get("ref")).isPositive();
        }
    }

    @Test
    void reportCountsRequestsBandwidthAndCommandsOfASequentialStream() {
        DramConfig c = DramPresets.load("ddr4-2400");
        DramReport r = DramTraceReplay.run(c, "seq", new SequentialTraceSource(4096, 64, 8, false));
        assertThat(r.requests()).isEqualTo(4096);
        assertThat(r.reads()).isEqualTo(4096);
        assertThat(r.commandCounts().get("rd")).isEqualTo(4096);
        // 128 lines per 8 KiB row in one bank: the first access to each row misses, the rest hit,
        // except that a refresh closes the open row and the next access re-activates it.
        long act = r.commandCounts().get("act");
        assertThat(act).isBetween(4096L / 128, 4096L / 128 + r.commandCounts().get("ref"));
        assertThat(r.readRowHitRate()).isEqualTo((4096.0 - act) / 4096);
        assertThat(r.bandwidthGBps()).isCloseTo(64.0 / (8 * c.tckNs()), org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(r.p99ReadLatencyCycles()).isGreaterThanOrEqualTo((long) r.averageReadLatencyCycles());
        assertThat(r.energy().totalPj()).isGreaterThan(r.energy().readPj());
        assertThat(r.text()).contains("bandwidth").contains("act=" + act);
    }

    @Test
    void sameTraceGivesBitIdenticalReports() {
        DramConfig c = DramPresets.load("hbm2");
        DramReport a = DramTraceReplay.run(c, "seq", new SequentialTraceSource(20000, 64, 1, false));
        DramReport b = DramTraceReplay.run(c, "seq", new SequentialTraceSource(20000, 64, 1, false));
        assertThat(a).isEqualTo(b);
    }
}
