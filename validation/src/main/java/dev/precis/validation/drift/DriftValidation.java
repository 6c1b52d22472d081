package dev.precis.validation.drift;

import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drift (DAC 2024): speedup and energy saving of dynamic per-tile precision (detector, packing scheduler) over
 * BitFusion running the statically quantized model, both on the kernel chain of {@link DriftChain}, fed the
 * {@code drift} quantizer's tiles of each model ({@link DriftWorkload}). The paper's figures are averages over
 * its CNNs and Transformers (PAPERS.md section 3: 2.85x speedup, 3.12x energy saving).
 */
public final class DriftValidation implements Experiment {

    static final String SOURCE = "Drift (DAC 2024) abstract: average over CNNs and Transformers";
    static final double PUBLISHED_SPEEDUP = 2.85;
    static final double PUBLISHED_ENERGY_SAVING = 3.12;
    private static final double TOLERANCE = 0.15;
    private static final List<String> MODELS = List.of("resnet18", "resnet50", "vit-b16", "bert-base");
    private static final List<String> QUICK_MODELS = List.of("resnet18", "bert-base");

    /** One model on both designs. */
    record ModelRun(DriftWorkload workload, DriftChain.Result drift, DriftChain.Result statics) {
        double speedup() {
            return (double) statics.endPs() / drift.endPs();
        }

        double energySaving() {
            return statics.energyPj(false) / drift.energyPj(true);
        }
    }

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
        List<ModelRun> runs = new ArrayList<>();
        for (String model : models) {
            progress.step(name(), model + ": drift quantizer (batch " + batch + ")");
            DriftWorkload w = DriftWorkload.of(model, batch, Map.of());
            progress.step(name(), String.format(Locale.ROOT, "%s: %,d tiles (%.1f%% at 8 bits) through the chain, "
                    + "drift-packing and static-layer", model, w.tiles(), 100 * w.share(8)));
            runs.add(run(w));
        }
        return result(scope, runs);
    }

    static ModelRun run(DriftWorkload w) {
        DriftChain.Result drift = DriftChain.run(w.runs(), "drift-packing");
        DriftChain.Result statics = DriftChain.run(w.runs(), "static-layer");
        if (drift.macs() != statics.macs()) {
            throw new IllegalStateException(w.model() + ": Drift computed " + drift.macs() + " MACs, the baseline "
                    + statics.macs());
        }
        return new ModelRun(w, drift, statics);
    }

    private ExperimentResult result(Scope scope, List<ModelRun> runs) {
        double speedup = runs.stream().mapToDouble(ModelRun::speedup).average().orElseThrow();
        double saving = runs.stream().mapToDouble(ModelRun::energySaving).average().orElseThrow();
        String over = runs.stream().map(r -> r.workload().model()).toList().toString();
        List<Check> checks = List.of(
                Check.relative("drift.speedup.mean", SOURCE, "speedup over BitFusion static, mean over " + over,
                        PUBLISHED_SPEEDUP, speedup, TOLERANCE),
                Check.relative("drift.energySaving.mean", SOURCE, "energy saving over BitFusion static (compute side), "
                        + "mean over " + over, PUBLISHED_ENERGY_SAVING, saving, TOLERANCE));
        List<String> names = new ArrayList<>();
        List<Double> ourSpeedups = new ArrayList<>();
        List<Double> ourSavings = new ArrayList<>();
        StringBuilder details = new StringBuilder("| model | tiles | 2-bit | 4-bit | 6-bit | 8-bit | static cycles | "
                + "Drift cycles | speedup | static energy (uJ) | Drift energy (uJ) | energy saving |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ModelRun r : runs) {
            DriftWorkload w = r.workload();
            names.add(w.model());
            ourSpeedups.add(r.speedup());
            ourSavings.add(r.energySaving());
            details.append(String.format(Locale.ROOT, "| %s | %,d | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %,d | %,d | %.3f | "
                            + "%.2f | %.2f | %.3f |%n", w.model(), w.tiles(), 100 * w.share(2), 100 * w.share(4),
                    100 * w.share(6), 100 * w.share(8), r.statics().cycles(), r.drift().cycles(), r.speedup(),
                    r.statics().energyPj(false) / 1e6, r.drift().energyPj(true) / 1e6, r.energySaving()));
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
        return new ExperimentResult(name(), title(), scope, checks, plots, assumptions(), gaps(runs), details.toString());
    }

    private static List<String> assumptions() {
        return List.of(
                "Only Drift's abstract is public (PAPERS.md section 3): the detector, the tile shape (1 x 64 along K), "
                        + "the precision rule, the scheduler and its packing are our reconstruction "
                        + "(components/.../drift/package-info.java).",
                "Workload: each model's layers at batch 1 with the seeded synthetic operands of `precis trace` "
                        + "(seed 1) and the drift quantizer's defaults (static int8/uint8 per tensor, runtime "
                        + "precisions {2, 4, 6, 8}, 3% outliers per tile kept aside); weights at 8 bits.",
                "Both designs are the same BitFusion array of 32 x 32 8/2-bit PEs, split into four 8 x 32 "
                        + "sub-arrays behind the scheduler: Drift with policy drift-packing (tiles grouped by "
                        + "precision, passes packed to fill the row lanes), the baseline with static-layer (every "
                        + "tile at the layer's static 8 bits), 500 MHz, no precision-switch cost.",
                "Energy is the compute side: the sub-arrays' dynamic energy (the ANT artifact's synthesised "
                        + "BitFusion PE) plus static power over the run time; Drift adds its detector's and "
                        + "scheduler's dynamic and static energy. DRAM and buffer energy are left out: activations "
                        + "are stored at their static 8 bits in both designs, so memory traffic is the same and "
                        + "would only shrink the ratio.");
    }

    private static List<String> gaps(List<ModelRun> runs) {
        StringBuilder perModel = new StringBuilder();
        for (ModelRun r : runs) {
            DriftWorkload w = r.workload();
            if (perModel.length() > 0) {
                perModel.append("; ");
            }
            perModel.append(String.format(Locale.ROOT, "%s %.1f%% of tiles below 6 bits -> %.2fx", w.model(),
                    100 * (w.share(2) + w.share(4)), r.speedup()));
        }
        return List.of(
                "The speedup follows the share of tiles the bricks can run faster than 8-bit ones (2- and 4-bit "
                        + "tiles; 6-bit tiles run at the 8-bit rate on 8/2-bit bricks): " + perModel + ". The "
                        + "headline needs most tiles narrow; the CNN's synthetic activations give almost none "
                        + "(their 8-bit codes use the whole range within a 64-value tile), the Transformer's some. "
                        + "What is missing is the workload, not the scheduler: the seeded synthetic operands are "
                        + "not a trained network's activations (Drift's premise is that most sub-tensors of real "
                        + "activations need fewer bits than the layer's static precision), and the exact-but-3%-"
                        + "outliers rule is ours. On a stream of mostly 2- and 4-bit tiles the same chain is well "
                        + "over 1.5x faster than the static schedule (DriftMechanismTest). The checks are left "
                        + "failing rather than tuned.",
                "Where almost every tile is 8-bit, Drift's detector and scheduler cost energy for nothing, so its "
                        + "energy saving falls below 1: an honest cost of the mechanism, not an error.");
    }
}
