package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NocCommandTest {
    @Test
    void jsonSweepReportsEachLoadAndTheZeroLoadLatency() throws Exception {
        CliRunner r = CliRunner.run("noc", "--topology", "mesh", "--k", "4", "--rates", "0.05,0.2", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("points")).hasSize(2);
        assertThat(json.get("points").get(0).get("offeredLoad").asDouble()).isEqualTo(0.05);
        assertThat(json.get("points").get(0).get("stable").asBoolean()).isTrue();
        // A 4x4 mesh is smaller than the 8x8 reference: fewer hops, lower zero-load latency than BookSim2's 27 cycles.
        assertThat(json.get("zeroLoadLatencyCycles").asDouble()).isBetween(10.0, 27.0);
        assertThat(r.err()).contains("load 0.050 done (1 of 2)");
    }

    @Test
    void badTopologyAndRatesAreClearErrors() {
        CliRunner topo = CliRunner.run("noc", "--topology", "hypercube", "--rates", "0.1");
        assertThat(topo.exitCode()).isEqualTo(1);
        assertThat(topo.err()).contains("hypercube");
        CliRunner rate = CliRunner.run("noc", "--rates", "0.1,1.5");
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("each load must be in (0, 1]");
    }
}
