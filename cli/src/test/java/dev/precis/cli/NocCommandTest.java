package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.components.noc.NocComponentType;
import dev.precis.components.noc.NocExperiment;
import dev.precis.tlm.describe.ParamSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NocCommandTest {

    /** The BookSim2 file the README shows; the agreement test runs its twin in components' test resources. */
    private static final Path EXAMPLE = Path.of("..", "examples", "booksim", "mesh8x8.cfg");

    @Test
    void theShippedBookSimFileIsTheReferenceRunsFile() throws Exception {
        assertThat(Files.readString(EXAMPLE)).isEqualTo(Files.readString(
                Path.of("..", "components", "src", "test", "resources", "reference", "noc", "booksim-reference.cfg")));
    }

    @Test
    void aBookSimFileRunsAsIsAtItsInjectionRate() {
        CliRunner r = CliRunner.run("noc", "--config", EXAMPLE.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("8-ary 2-mesh, uniform traffic, 1-flit packets, 8 VCs x 8 flits");
        // injection_rate = 0.3 in the file: one load, below saturation.
        assertThat(r.out()).contains("   0.300 ").contains("saturation: not reached; stable up to offered load 0.300");
        assertThat(r.err()).contains("load 0.300 done (1 of 1)");
    }

    @Test
    void flagsOverrideTheFileAndTheJsonNamesBothSaturationFigures() throws Exception {
        CliRunner r = CliRunner.run("noc", "--config", EXAMPLE.toString(), "--k", "4", "--num-vcs", "2",
                "--wait-for-tail-credit", "0", "--rates", "0.1,0.95", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("k").asInt()).isEqualTo(4);
        assertThat(json.get("network").get("num_vcs").asInt()).isEqualTo(2);
        assertThat(json.get("network").get("wait_for_tail_credit").asBoolean()).isFalse();
        // From the file: credit_delay 2 and input_speedup 2; from BookSim2's defaults: st_final_delay 1.
        assertThat(json.get("network").get("credit_delay").asInt()).isEqualTo(2);
        assertThat(json.get("network").get("input_speedup").asInt()).isEqualTo(2);
        assertThat(json.get("highestStableOfferedLoad").asDouble()).isEqualTo(0.1);
        assertThat(json.get("firstUnstableOfferedLoad").asDouble()).isEqualTo(0.95);
        assertThat(json.get("saturationAcceptedRate").asDouble()).isBetween(0.3, 0.95);
        assertThat(json.get("maxAcceptedRate").asDouble()).isGreaterThanOrEqualTo(json.get("saturationAcceptedRate").asDouble());
    }

    @Test
    void ignoreUnknownRunsWithoutTheListedKeysAndWarnsOnce(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("extra.cfg");
        Files.writeString(cfg, "topology = mesh;\nk = 4;\nrouting_function = dor;\nprint_csv_results = 1;\n"
                + "my_key = 3;\ninjection_rate = 0.1;\n");
        CliRunner refused = CliRunner.run("noc", "--config", cfg.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        CliRunner r = CliRunner.run("noc", "--config", cfg.toString(), "--ignore-unknown");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("noc: warning: running without " + cfg + ": keys Precis does not model: "
                + "line 4: print_csv_results = 1 (Precis models only BookSim2's default, 0); line 5: unknown key"
                + " 'my_key'");
        assertThat(r.out()).contains("   0.100 ");
    }

    @Test
    void everyNetworkAndExperimentParameterIsAFlag() {
        CliRunner help = CliRunner.run("noc", "--help");
        assertThat(help.exitCode()).isZero();
        for (ParamSpec p : NocComponentType.DESCRIPTOR.params()) {
            assertThat(help.out()).contains("--" + p.name().replace('_', '-'));
        }
        for (ParamSpec p : NocExperiment.PARAMS) {
            assertThat(help.out()).contains("--" + p.name().replace('_', '-'));
        }
        assertThat(help.out()).contains("--num-vcs", "--vc-buf-size", "--wait-for-tail-credit", "--alloc-iters",
                "--input-speedup");
    }
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
        assertThat(rate.err()).contains("--rates: ", "is in (0, 1]");
    }
}
