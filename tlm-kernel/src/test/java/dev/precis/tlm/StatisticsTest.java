package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.tlm.models.KernelModels;
import dev.precis.tlm.stats.Histogram;
import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsScope;
import dev.precis.tlm.stats.StatsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsTest {
    @TempDir
    Path dir;

    @Test
    void accumulatorsKeepSumMinMaxAndMean() {
        StatsScope s = new StatsScope("top.x");
        var a = s.accumulator("lat", "ns", "latency");
        a.add(2);
        a.add(10);
        a.add(6);
        StatValue.AccumulatorValue v = (StatValue.AccumulatorValue) a.snapshot();
        assertThat(v.info().name()).isEqualTo("top.x.lat");
        assertThat(v.count()).isEqualTo(3);
        assertThat(v.min()).isEqualTo(2);
        assertThat(v.max()).isEqualTo(10);
        assertThat(v.mean()).isEqualTo(6);
    }

    @Test
    void histogramsCountUnderflowAndOverflowAndGiveQuantiles() {
        Histogram h = new StatsScope("c").histogram("h", "ns", "d", 0, 10, 3);
        for (double x : new double[] {-1, 1, 5, 12, 25, 29, 100}) h.add(x);
        StatValue.HistogramValue v = (StatValue.HistogramValue) h.snapshot();
        assertThat(v.bins()).containsExactly(2L, 1L, 2L);
        assertThat(v.underflow()).isEqualTo(1);
        assertThat(v.overflow()).isEqualTo(1);
        assertThat(h.quantile(0.5)).isEqualTo(20);
        assertThat(h.quantile(1.0)).isInfinite();
    }

    @Test
    void registeringANameAsAnotherKindFails() {
        StatsScope s = new StatsScope("c");
        s.counter("n", "count", "d");
        assertThat(s.counter("n", "count", "d")).isSameAs(s.counter("n", "count", "d"));
        assertThatThrownBy(() -> s.accumulator("n", "", "")).hasMessageContaining("already a Counter");
    }

    @Test
    void snapshotsDumpToJsonAndCsvUnderHierarchicalNames() throws Exception {
        SimulationResult r = new SequentialEngine().run(KernelModels.memorySystem(1, 10, 5)).orThrow();
        Path json = dir.resolve("stats.json");
        Path csv = dir.resolve("stats.csv");
        StatsWriter.writeJson(r.stats(), json);
        StatsWriter.writeCsv(r.stats(), csv);
        String j = Files.readString(json);
        assertThat(j).contains("\"sys.cpu0.completed\"", "\"kind\" : \"counter\"", "\"value\" : 10",
                "\"sys.cpu0.latency\"", "\"mean\"", "\"sys.mem0.in.requests\"");
        String c = Files.readString(csv);
        assertThat(c).startsWith("name,kind,unit,count,value_or_sum,min,max,mean,bins\n");
        assertThat(c).contains("sys.cpu0.completed,counter,count,,10,,,,");
        assertThat(r.stats().counter("sys.mem0.in.requests")).isEqualTo(10);
    }
}
