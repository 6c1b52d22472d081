package dev.precis.components.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.components.noc.booksim.BookSimConfig;
import dev.precis.components.noc.booksim.BookSimConfigReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the NoC against BookSim2 (booksim/booksim2 commit 28f4329): 8x8 mesh, dimension-order
 * routing, uniform random traffic, 1-flit packets, run from the BookSim2 configuration file of that
 * run (src/test/resources/reference/noc/booksim-reference.cfg, the same file as examples/booksim/mesh8x8.cfg),
 * whose router parameters are also {@link NocConfig#defaults}. Reference figures:
 * src/test/resources/reference/noc/results.csv.
 */
class NocAgreementWithBookSimTest {

    private record ReferenceRow(double load, double latency, double accepted, boolean stable) {
    }

    private static List<ReferenceRow> reference;
    private static BookSimConfig file;
    private static NocSweepResult ours;

    @BeforeAll
    static void runSweep() throws IOException {
        reference = readReference();
        file = BookSimConfigReader.parse("booksim-reference.cfg", resource("/reference/noc/booksim-reference.cfg"));
        file.requireModelled();
        NocConfig config = NocConfig.builder().setAll(file.network()).build();
        NocExperiment experiment = NocExperiment.from(NocExperiment.resolve(file.experiment()), config.topology());
        // The lightest load for the zero-load latency, stable loads up to just below saturation (0.35), the first
        // unstable one (0.38) and three loads past saturation.
        double[] rates = {0.05, 0.30, 0.35, 0.38, 0.42, 0.46, 0.50};
        ours = NocSweep.run(config, experiment, rates);
    }

    @Test
    void theReferenceFileDescribesTheDefaultNetwork() {
        NocConfig fromFile = NocConfig.builder().setAll(file.network()).build();
        // The file names BookSim2's mesh routing function "dor"; the default "dim_order" is the same function.
        assertThat(fromFile.toBuilder().set("routing_function", "dim_order").build()).isEqualTo(NocConfig.defaults());
    }

    @Test
    void zeroLoadLatencyWithinOnePercentOfBookSim() {
        double bookSim = reference.stream().filter(ReferenceRow::stable)
                .min((a, b) -> Double.compare(a.load(), b.load())).orElseThrow().latency();
        double zeroLoad = ours.lowestLoadLatency().orElseThrow();
        assertThat(zeroLoad).isCloseTo(bookSim, within(0.01 * bookSim));
    }

    @Test
    void saturationIsBracketedWhereBookSimBracketsItAndItsAcceptedRateIsWithinTwoPercent() {
        // BookSim2 ran stable at 0.35 and unstable at 0.38: saturation lies between, in both simulators.
        double bookSimHighestStable = reference.stream().filter(ReferenceRow::stable).mapToDouble(ReferenceRow::load)
                .max().orElseThrow();
        double bookSimFirstUnstable = reference.stream().filter(r -> !r.stable()).mapToDouble(ReferenceRow::load)
                .min().orElseThrow();
        assertThat(ours.highestStableLoad().orElseThrow()).isEqualTo(bookSimHighestStable);
        assertThat(ours.firstUnstableLoad().orElseThrow()).isEqualTo(bookSimFirstUnstable);
        double bookSim = reference.stream().filter(r -> !r.stable()).mapToDouble(ReferenceRow::accepted)
                .average().orElseThrow();
        double saturation = ours.saturationAcceptedRate().orElseThrow();
        assertThat(saturation).isCloseTo(bookSim, within(0.02 * bookSim));
    }

    @Test
    void stabilityAgreesWithBookSimAtEveryLoadRunAndStableLoadsAgreeWithinThreePercent() {
        for (NocLoadPoint p : ours.points()) {
            ReferenceRow row = reference.stream().filter(r -> Math.abs(r.load() - p.offeredLoad()) < 1e-9)
                    .findFirst().orElseThrow();
            assertThat(p.stable()).as("stable at load %s", p.offeredLoad()).isEqualTo(row.stable());
            if (row.stable()) {
                assertThat(p.avgPacketLatencyCycles()).as("latency at load %s", p.offeredLoad())
                        .isCloseTo(row.latency(), within(0.03 * row.latency()));
                assertThat(p.acceptedFlitsPerNodeCycle()).as("accepted at load %s", p.offeredLoad())
                        .isCloseTo(row.accepted(), within(0.02 * row.accepted()));
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NocAgreementWithBookSimTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ReferenceRow> readReference() throws IOException {
        String resource = "/reference/noc/results.csv";
        try (InputStream in = NocAgreementWithBookSimTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ReferenceRow> rows = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("offered_load,")) {
                throw new IOException(resource + ": unexpected header " + header);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String[] f = line.split(",");
                if (f.length != 4) {
                    throw new IOException(resource + " line " + lineNumber + ": expected 4 fields, got " + f.length);
                }
                rows.add(new ReferenceRow(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), f[3].trim().equals("yes")));
            }
            return rows;
        }
    }
}
