package dev.precis.validation.noc;

import dev.precis.components.noc.NocConfig;
import dev.precis.components.noc.NocExperiment;
import dev.precis.components.noc.NocLoadPoint;
import dev.precis.components.noc.NocSweep;
import dev.precis.components.noc.NocSweepResult;
import dev.precis.components.noc.booksim.BookSimConfig;
import dev.precis.components.noc.booksim.BookSimConfigReader;
import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.data.CsvTable;
import dev.precis.validation.data.ReferenceData;
import dev.precis.validation.plot.CurvePlot;
import dev.precis.validation.plot.Plot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BookSim2: the NoC model run from BookSim2's own configuration file of the reference run (8x8 mesh, DOR,
 * uniform random, 1-flit packets, latency mode), at the offered loads BookSim2 was run at, against its average
 * packet latency and accepted rate (reference/noc/results.csv), its stable/unstable verdicts and its saturation.
 */
public final class NocValidation implements Experiment {

    private static final String SOURCE = "BookSim2 (commit 28f4329), 8x8 mesh, DOR, uniform, 1-flit packets";
    private static final double LATENCY_TOLERANCE = 0.03;
    private static final double ZERO_LOAD_TOLERANCE = 0.01;
    private static final double ACCEPTED_TOLERANCE = 0.02;
    /** The lightest load, stable loads up to saturation, the first unstable load and one past it. */
    private static final List<Double> QUICK_LOADS = List.of(0.05, 0.30, 0.35, 0.38, 0.42);

    private record Reference(double load, double latency, double accepted, boolean stable) {
    }

    @Override
    public String name() {
        return "noc";
    }

    @Override
    public String title() {
        return "NoC: latency versus offered load against BookSim2 (8x8 mesh, uniform random)";
    }

    @Override
    public ExperimentResult run(Scope scope, ValidationProgress progress) {
        List<Reference> reference = new ArrayList<>();
        for (CsvTable.Row r : ReferenceData.csv("noc/results.csv").rows()) {
            reference.add(new Reference(r.number("offered_load"), r.number("avg_packet_latency_cycles"),
                    r.number("accepted_flits_per_node_cycle"), r.text("stable").equals("yes")));
        }
        List<Reference> run = scope.pick(reference,
                reference.stream().filter(r -> QUICK_LOADS.stream().anyMatch(l -> Math.abs(l - r.load()) < 1e-9)).toList());
        BookSimConfig file = readConfig();
        file.requireModelled();
        NocConfig config = NocConfig.builder().setAll(file.network()).build();
        NocExperiment experiment = NocExperiment.from(NocExperiment.resolve(file.experiment()), config.topology());
        List<NocLoadPoint> points = new ArrayList<>();
        for (Reference r : run) {
            progress.step(name(), String.format(Locale.ROOT, "offered load %.2f", r.load()));
            points.addAll(NocSweep.run(config, experiment, new double[] {r.load()}).points());
        }
        NocSweepResult ours = new NocSweepResult(config.topology().name(), experiment.traffic().name(), points);
        List<Check> checks = new ArrayList<>();
        Reference lightest = run.get(0);
        checks.add(Check.relative("noc.zeroLoadLatency", SOURCE, String.format(Locale.ROOT,
                "average packet latency at the lightest load (%.2f), cycles", lightest.load()), lightest.latency(),
                points.get(0).avgPacketLatencyCycles(), ZERO_LOAD_TOLERANCE));
        for (int i = 0; i < run.size(); i++) {
            Reference r = run.get(i);
            NocLoadPoint p = points.get(i);
            if (!r.stable()) {
                continue;
            }
            String load = String.format(Locale.ROOT, "%.2f", r.load());
            checks.add(Check.relative("noc.latency." + load, SOURCE, "average packet latency at offered load " + load
                    + " flits/node/cycle, cycles", r.latency(), p.avgPacketLatencyCycles(), LATENCY_TOLERANCE));
            checks.add(Check.relative("noc.accepted." + load, SOURCE, "accepted flits/node/cycle at offered load " + load,
                    r.accepted(), p.acceptedFlitsPerNodeCycle(), ACCEPTED_TOLERANCE));
        }
        double refHighestStable = run.stream().filter(Reference::stable).mapToDouble(Reference::load).max().orElseThrow();
        double refFirstUnstable = run.stream().filter(r -> !r.stable()).mapToDouble(Reference::load).min().orElseThrow();
        checks.add(Check.relative("noc.highestStableLoad", SOURCE, "highest offered load still stable (of the loads run)",
                refHighestStable, ours.highestStableLoad().orElse(Double.MIN_VALUE), 0));
        checks.add(Check.relative("noc.firstUnstableLoad", SOURCE, "first unstable offered load (of the loads run)",
                refFirstUnstable, ours.firstUnstableLoad().orElse(Double.MAX_VALUE), 0));
        double refSaturation = run.stream().filter(r -> !r.stable()).mapToDouble(Reference::accepted).average()
                .orElseThrow();
        checks.add(Check.relative("noc.saturationAcceptedRate", SOURCE,
                "saturation throughput: mean accepted rate of the unstable runs, flits/node/cycle", refSaturation,
                ours.saturationAcceptedRate().orElse(0), ACCEPTED_TOLERANCE));
        return new ExperimentResult(name(), title(), scope, checks, plots(reference, run, points), assumptions(),
                gaps(), details(run, points), Map.of());
    }

    private static List<Plot> plots(List<Reference> reference, List<Reference> run, List<NocLoadPoint> points) {
        List<Double> refX = reference.stream().map(Reference::load).toList();
        List<Double> x = run.stream().map(Reference::load).toList();
        return List.of(
                new CurvePlot("noc-latency.png", "8x8 mesh, uniform random: latency vs offered load",
                        "offered load (flits/node/cycle)", "average packet latency (cycles, log)", true, List.of(
                        new CurvePlot.Curve("BookSim2", refX, reference.stream().map(Reference::latency).toList(), true),
                        new CurvePlot.Curve("Precis", x, points.stream().map(NocLoadPoint::avgPacketLatencyCycles)
                                .toList(), false))),
                new CurvePlot("noc-accepted.png", "8x8 mesh, uniform random: accepted vs offered load",
                        "offered load (flits/node/cycle)", "accepted (flits/node/cycle)", false, List.of(
                        new CurvePlot.Curve("BookSim2", refX, reference.stream().map(Reference::accepted).toList(), true),
                        new CurvePlot.Curve("Precis", x, points.stream().map(NocLoadPoint::acceptedFlitsPerNodeCycle)
                                .toList(), false))));
    }

    private static String details(List<Reference> run, List<NocLoadPoint> points) {
        StringBuilder b = new StringBuilder("| offered load | BookSim2 latency | Precis latency | BookSim2 accepted | "
                + "Precis accepted | BookSim2 stable | Precis stable |\n|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < run.size(); i++) {
            Reference r = run.get(i);
            NocLoadPoint p = points.get(i);
            b.append(String.format(Locale.ROOT, "| %.2f | %.1f | %.1f | %.4f | %.4f | %s | %s |%n", r.load(), r.latency(),
                    p.avgPacketLatencyCycles(), r.accepted(), p.acceptedFlitsPerNodeCycle(), r.stable() ? "yes" : "no",
                    p.stable() ? "yes" : "no"));
        }
        b.append("\nLatencies of unstable runs are not steady-state figures (they grow with the run's length) and "
                + "are not checked; the stable/unstable verdict at every load is, through the two bracket checks.\n");
        return b.toString();
    }

    private static BookSimConfig readConfig() {
        try {
            String text = Files.readString(ReferenceData.path("noc/booksim-reference.cfg"), StandardCharsets.UTF_8);
            return BookSimConfigReader.parse("booksim-reference.cfg", text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped BookSim2 configuration: " + e.getMessage(), e);
        }
    }

    private static List<String> assumptions() {
        return List.of(
                "The network is read from BookSim2's configuration file of the reference run (booksim-reference.cfg: "
                        + "IQ routers, 8 VCs of 8 flits, iSLIP, credit delay 2, input speedup 2); keys it omits take "
                        + "BookSim2's defaults, as BookSim2 would.",
                "Each load is a fresh latency-mode run from the same seed, as BookSim2 runs each load; a run is "
                        + "unstable when the latency of delivered and in-flight packets passes latency_thres or it "
                        + "has not converged after max_samples periods (BookSim2's rule).",
                "Precis' random number generator is not BookSim2's: the same statistics, not the same stream, so "
                        + "agreement is statistical (a few percent), not exact.");
    }

    private static List<String> gaps() {
        return List.of("A torus breaks distance ties by destination parity rather than at random, and "
                + "vc_alloc_delay > 1 is taken at allocation rather than at completion; neither affects this mesh "
                + "with vc_alloc_delay = 1.");
    }
}
