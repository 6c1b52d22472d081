package dev.precis.validation.drift;

import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drift (DAC 2024): speedup and energy saving of dynamic per-tile precision (detector, packing scheduler) over
 * BitFusion running the statically quantized model: the {@code drift} preset through the accelerator run API,
 * with its scheduler's packing policy and with the static-layer baseline ({@link DriftRuns}). The paper's figures are averages over
 * its CNNs and Transformers (PAPERS.md section 3: 2.85x speedup, 3.12x energy saving).
 */
public final class DriftValidation implements Experiment {

    static final String SOURCE = "Drift (DAC 2024) abstract: average over CNNs and Transformers";
    static final double PUBLISHED_SPEEDUP = 2.85;
    static final double PUBLISHED_ENERGY_SAVING = 3.12;
    private static final double TOLERANCE = 0.15;
    private static final List<String> MODELS = List.of("resnet18", "resnet50", "vit-b16", "bert-base");
    private static final List<String> QUICK_MODELS = List.of("resnet18", "bert-base");

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String title() {
        return "Drift: dynamic precision vs BitFusion with static per-layer precision";
    }

    @Override
    public ExperimentResult run(Scope scope, ValidationProgress progress) {
        List<String> models = scope.pick(MODELS, QUICK_MODELS);
        int batch = 1;
        List<DriftRuns> runs = new ArrayList<>();
        for (String model : models) {
            progress.step(name(), model + ": drift trace (batch " + batch + "), then the drift preset with "
                    + "drift-packing and with static-layer");
            runs.add(DriftRuns.of(model, batch));
        }
        return result(scope, runs);
    }

    private ExperimentResult result(Scope scope, List<DriftRuns> runs) {
        double speedup = runs.stream().mapToDouble(DriftRuns::speedup).average().orElseThrow();
        double saving = runs.stream().mapToDouble(DriftRuns::energySaving).average().orElseThrow();
        String over = runs.stream().map(DriftRuns::model).toList().toString();
        List<Check> checks = List.of(
                Check.relative("drift.speedup.mean", SOURCE, "speedup over BitFusion static, mean over " + over,
                        PUBLISHED_SPEEDUP, speedup, TOLERANCE),
                Check.relative("drift.energySaving.mean", SOURCE, "energy saving over BitFusion static (total energy), "
                        + "mean over " + over, PUBLISHED_ENERGY_SAVING, saving, TOLERANCE));
        List<String> names = new ArrayList<>();
        List<Double> ourSpeedups = new ArrayList<>();
        List<Double> ourSavings = new ArrayList<>();
        StringBuilder details = new StringBuilder("| model | tiles | 2-bit | 4-bit | 6-bit | 8-bit | static cycles | "
                + "Drift cycles | speedup | static energy (uJ) | Drift energy (uJ) | energy saving |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Double> figures = new LinkedHashMap<>();
        for (DriftRuns r : runs) {
            names.add(r.model());
            ourSpeedups.add(r.speedup());
            ourSavings.add(r.energySaving());
            figures.put(r.model() + ".speedup", r.speedup());
            figures.put(r.model() + ".energySaving", r.energySaving());
            figures.put(r.model() + ".narrowShare", r.share(2) + r.share(4));
            details.append(String.format(Locale.ROOT, "| %s | %,d | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %,d | %,d | %.3f | "
                            + "%.2f | %.2f | %.3f |%n", r.model(), r.tiles(), 100 * r.share(2), 100 * r.share(4),
                    100 * r.share(6), 100 * r.share(8), r.statics().total().cycles(), r.drift().total().cycles(),
                    r.speedup(), r.statics().total().energyPj().total() / 1e6, r.drift().total().energyPj().total() / 1e6,
                    r.energySaving()));
        }
        names.add("mean");
        ourSpeedups.add(speedup);
        ourSavings.add(saving);
        List<Double> publishedSpeedup = names.stream().map(n -> PUBLISHED_SPEEDUP).toList();
        List<Double> publishedSaving = names.stream().map(n -> PUBLISHED_ENERGY_SAVING).toList();
        List<Plot> plots = List.of(
                new BarPlot("drift-speedup.png", "Drift: speedup over BitFusion static (batch 1)", "speedup", names,
                        List.of(new Plot.Series("published (average)", publishedSpeedup),
                                new Plot.Series("Precis", ourSpeedups))),
                new BarPlot("drift-energy.png", "Drift: energy saving over BitFusion static (batch 1)",
                        "energy saving", names, List.of(new Plot.Series("published (average)", publishedSaving),
                        new Plot.Series("Precis", ourSavings))));
        details.append("\nTiles are 1 x 64 activation values; a tile's precision is the drift quantizer's (the "
                + "narrowest of 2/4/6/8 bits holding all but 3% of its static 8-bit codes exactly). On 8/2-bit "
                + "bricks a tile runs at floor(8 / max(p, 2)) lanes per PE, so 6-bit tiles run at the 8-bit rate.\n");
        return new ExperimentResult(name(), title(), scope, checks, plots, assumptions(), gaps(runs), details.toString(),
                figures);
    }

    private static List<String> assumptions() {
        return List.of(
                "Only Drift's abstract is public (PAPERS.md section 3): the detector, the tile shape (1 x 64 along K), "
                        + "the precision rule, the scheduler and its packing are our reconstruction "
                        + "(components/.../drift/package-info.java).",
                "Workload: each model's layers at batch 1 with the seeded synthetic operands of `precis trace` "
                        + "(seed 1) and the drift quantizer's defaults (static int8/uint8 per tensor, runtime "
                        + "precisions {2, 4, 6, 8}, 3% outliers per tile kept aside); weights at 8 bits.",
                "Both designs are runs of the `drift` preset (accelerators/.../presets/drift.conf) through the "
                        + "accelerator run API on the same trace: replay controller, drift-detector, drift-scheduler "
                        + "and four 8 x 32 BitFusion sub-arrays of 8/2-bit PEs (BitFusion's 32 x 32 array), an "
                        + "ideal 1024-bit memory with the ANT artifact's DRAM energies, 500 MHz. Drift runs the "
                        + "scheduler's drift-packing policy (tiles grouped by precision, passes packed to fill the row "
                        + "lanes); the baseline is the same preset with `--set scheduler.policy=static-layer` (every "
                        + "tile at the layer's static 8 bits), as the preset defines its baseline.",
                "Energy is the run report's total (static, DRAM, buffer and core parts from the components' "
                        + "statistics); the baseline keeps the preset's detector and scheduler, so their small cost is "
                        + "charged to both designs. Activations are stored at their static 8 bits in both, so the "
                        + "memory traffic is the same.");
    }

    private static List<String> gaps(List<DriftRuns> runs) {
        StringBuilder perModel = new StringBuilder();
        for (DriftRuns r : runs) {
            if (perModel.length() > 0) {
                perModel.append("; ");
            }
            perModel.append(String.format(Locale.ROOT, "%s %.1f%% of tiles below 6 bits -> %.2fx", r.model(),
                    100 * (r.share(2) + r.share(4)), r.speedup()));
        }
        return List.of(
                "The speedup follows the share of tiles the bricks can run faster than 8-bit ones (2- and 4-bit "
                        + "tiles; 6-bit tiles run at the 8-bit rate on 8/2-bit bricks): " + perModel + ". The "
                        + "headline needs most tiles narrow; the CNN's synthetic activations give almost none "
                        + "(nearly every 64-value tile has more than 3% of its static codes beyond the 4-bit "
                        + "range), the Transformer's some. "
                        + "What is missing is the workload, not the scheduler: the seeded synthetic operands are "
                        + "not a trained network's activations (Drift's premise is that most sub-tensors of real "
                        + "activations need fewer bits than the layer's static precision), and the exact-but-3%-"
                        + "outliers rule is ours. The components' own tests show the mechanism on a stream of mostly 2- "
                        + "and 4-bit tiles (DriftChainTest: packing about 1.9x faster than the static schedule). The "
                        + "checks are left failing rather than tuned.",
                "Where almost every tile is 8-bit there is nothing to pack, and Drift's energy equals the "
                        + "baseline's (the detector and scheduler are in both runs of the preset).");
    }
}
