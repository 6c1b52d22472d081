package dev.precis.validation.panacea;

import dev.precis.accelerators.run.RunReport;
import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.papers.PresetTrace;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Panacea (HPCA 2025): energy efficiency of the {@code panacea} preset over the Sibia-style {@code sibia} preset
 * through the accelerator run API, on each model's {@code panacea} trace; and the ZPM/DBS ablation (slice
 * sparsity and efficiency with each co-design off).
 */
public final class PanaceaValidation implements Experiment {

    static final String SOURCE = "Panacea (HPCA 2025, arXiv 2412.10059) vs Sibia: SECONDARY source, not confirmed";
    static final double PUBLISHED_EFFICIENCY = 1.97;
    private static final double TOLERANCE = 0.15;
    private static final List<String> MODELS = List.of("resnet18", "resnet50", "vit-b16");
    private static final List<String> QUICK_MODELS = List.of("resnet18", "vit-b16");
    /** The ablation: (zpm, dbs), Panacea's full design first; the last is what the Sibia baseline sees. */
    private static final boolean[][] SETTINGS = {{true, true}, {false, true}, {true, false}, {false, false}};

    /** One model: the slice totals of each setting's trace, the panacea preset on each, sibia on the last. */
    record ModelRun(String model, List<SliceTotals> settings, List<RunReport> panacea, RunReport sibia) {
        double efficiency(int setting) {
            return efficiency(panacea.get(setting)) / efficiency(sibia);
        }

        static double efficiency(RunReport r) {
            return r.total().macs() / r.total().energyPj().total();
        }
    }

    @Override
    public String name() {
        return "panacea";
    }

    @Override
    public String title() {
        return "Panacea: energy efficiency vs Sibia; slice sparsity with and without ZPM and DBS";
    }

    @Override
    public ExperimentResult run(Scope scope, ValidationProgress progress) {
        int batch = 1;
        List<ModelRun> runs = new ArrayList<>();
        for (String model : scope.pick(MODELS, QUICK_MODELS)) {
            List<SliceTotals> settings = new ArrayList<>();
            List<RunReport> panaceaRuns = new ArrayList<>();
            RunReport sibia = null;
            for (int i = 0; i < SETTINGS.length; i++) {
                boolean[] s = SETTINGS[i];
                progress.step(name(), String.format(Locale.ROOT, "%s: panacea trace zpm=%s dbs=%s (batch %d), panacea "
                        + "preset%s", model, s[0], s[1], batch, i == SETTINGS.length - 1 ? " and sibia preset" : ""));
                try (PresetTrace trace = PresetTrace.write(model, batch, "panacea",
                        Map.of("zpm", Boolean.toString(s[0]), "dbs", Boolean.toString(s[1])))) {
                    settings.add(SliceTotals.read(trace.path()));
                    panaceaRuns.add(trace.run("panacea", Map.of()));
                    if (i == SETTINGS.length - 1) {
                        sibia = trace.run("sibia", Map.of());
                    }
                }
            }
            runs.add(new ModelRun(model, settings, panaceaRuns, sibia));
        }
        String over = runs.stream().map(ModelRun::model).toList().toString();
        double efficiency = runs.stream().mapToDouble(r -> r.efficiency(0)).average().orElseThrow();
        List<Check> checks = List.of(Check.relative("panacea.energyEfficiency.vsSibia", SOURCE,
                "energy efficiency (MACs/pJ), Panacea (ZPM + DBS) / Sibia, mean over " + over, PUBLISHED_EFFICIENCY,
                efficiency, TOLERANCE));
        return new ExperimentResult(name(), title(), scope, checks, plots(runs), assumptions(), gaps(runs),
                details(runs), figures(runs));
    }

    private static Map<String, Double> figures(List<ModelRun> runs) {
        Map<String, Double> f = new java.util.LinkedHashMap<>();
        for (ModelRun r : runs) {
            for (int s = 0; s < SETTINGS.length; s++) {
                String key = r.model() + "." + (SETTINGS[s][0] ? "zpm" : "noZpm") + "." + (SETTINGS[s][1] ? "dbs" : "noDbs");
                f.put(key + ".skippableShare", r.settings().get(s).skippableShare());
                f.put(key + ".efficiencyVsSibia", r.efficiency(s));
            }
        }
        return f;
    }

    private static String label(int setting) {
        boolean[] s = SETTINGS[setting];
        return (s[0] ? "ZPM" : "no ZPM") + " + " + (s[1] ? "DBS" : "no DBS");
    }

    private static List<Plot> plots(List<ModelRun> runs) {
        List<String> names = runs.stream().map(ModelRun::model).toList();
        List<Plot.Series> sparsity = new ArrayList<>();
        for (int s = 0; s < SETTINGS.length; s++) {
            int setting = s;
            sparsity.add(new Plot.Series(label(s), runs.stream().map(r -> r.settings().get(setting).skippableShare())
                    .toList()));
        }
        List<Plot.Series> efficiency = new ArrayList<>();
        efficiency.add(new Plot.Series("published (secondary)", names.stream().map(n -> PUBLISHED_EFFICIENCY).toList()));
        efficiency.add(new Plot.Series("Precis", runs.stream().map(r -> r.efficiency(0)).toList()));
        return List.of(
                new BarPlot("panacea-efficiency.png", "Panacea over Sibia: energy efficiency (batch 1, presets)",
                        "Panacea / Sibia", names, efficiency),
                new BarPlot("panacea-ablation.png", "Panacea ablation: HO slice vectors skipped (zero or frequent)",
                        "share of HO vectors", names, sparsity));
    }

    private static String details(List<ModelRun> runs) {
        StringBuilder b = new StringBuilder("Ablation (the panacea preset on each setting's trace; the sibia preset on "
                + "the last setting's trace):\n\n| model | setting | mean LO bits | HO vectors skippable | of which zero | "
                + "RLE size / dense | Panacea cycles | Panacea energy (uJ) | of which DRAM (uJ) | efficiency vs Sibia |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (ModelRun r : runs) {
            for (int s = 0; s < SETTINGS.length; s++) {
                SliceTotals l = r.settings().get(s);
                RunReport p = r.panacea().get(s);
                b.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f%% | %.1f%% | %.3f | %,d | %.1f | %.1f | %.3f |%n",
                        r.model(), label(s), l.meanLoBits(), 100 * l.skippableShare(), 100 * l.zeroShare(),
                        l.compressedShare(), p.total().cycles(), p.total().energyPj().total() / 1e6,
                        p.total().energyPj().dram() / 1e6, r.efficiency(s)));
            }
            b.append(String.format(Locale.ROOT, "| %s | Sibia (no ZPM, no DBS, zero vectors only) | | | | | %,d | %.1f | %.1f | "
                    + "1.000 |%n", r.model(), r.sibia().total().cycles(), r.sibia().total().energyPj().total() / 1e6,
                    r.sibia().total().energyPj().dram() / 1e6));
        }
        return b.toString();
    }

    private static List<String> assumptions() {
        return List.of(
                "The 1.97x figure is from a secondary source (PAPERS.md section 4), not confirmed against the paper.",
                "Both designs are the accelerator run API's presets (accelerators/.../presets/panacea.conf and "
                        + "sibia.conf): replay controller, the bit-slice array, an ideal 1024-bit memory with the ANT "
                        + "artifact's DRAM energies, 500 MHz; Panacea adds the RLE encoder and decoder on the memory "
                        + "path, so its activations cross the interface compressed. The arrays are our reconstructions "
                        + "(components/.../panacea and pe package docs): Panacea 128 static + 128 dynamic slice-vector "
                        + "units of 16 4x4 multipliers and a 64-adder compensator; Sibia 256 shared units, the same "
                        + "multipliers, so they differ only in what they skip (Sibia: zero HO vectors; Panacea: zero "
                        + "and frequent-value HO vectors, plus the compensation adds).",
                "Slices from the panacea quantizer at batch 1 on the seeded synthetic operands of `precis trace` "
                        + "(seed 1): uint8 activations, int8 weights per output channel, 16-value HO vectors, 1 x 64 "
                        + "tiles; ZPM and DBS on for Panacea. Sibia runs on the slices of the same quantizer with "
                        + "ZPM and DBS off (the quantizer has no symmetric signed slicing, which Sibia would use).",
                "Energy is the run report's total (static, DRAM, buffer and core); energy efficiency is MACs per "
                        + "pJ of it. One trace per setting, written as `precis trace --quantizer panacea --param "
                        + "zpm=... --param dbs=...` writes it; both presets replay the same trace.");
    }

    private static List<String> gaps(List<ModelRun> runs) {
        double efficiency = runs.stream().mapToDouble(r -> r.efficiency(0)).average().orElseThrow();
        double skippable = runs.stream().mapToDouble(r -> r.settings().get(0).skippableShare()).average().orElseThrow();
        double zero = runs.stream().mapToDouble(r -> r.settings().get(SETTINGS.length - 1).zeroShare()).average()
                .orElseThrow();
        return List.of(String.format(Locale.ROOT,
                "Panacea skips %.1f%% of HO vectors with ZPM and DBS, Sibia %.1f%% (zero vectors of the same "
                        + "activations without them); the whole-run energy gives %.2fx. The gap to 1.97x: on the "
                        + "synthetic operands few HO vectors equal the frequent value (the CNNs' activations hardly "
                        + "any), so little work is skipped and RLE hardly compresses (RLE size / dense near 1 for the "
                        + "CNNs); Sibia runs on asymmetric slices without ZPM rather than on its own symmetric "
                        + "slicing (the quantizer has none), and the static power over the run time weighs on both "
                        + "designs alike. The secondary-source figure is checked as published, not tuned to.",
                100 * skippable, 100 * zero, efficiency),
                String.format(Locale.ROOT, "DBS works against this array: it widens the LO slice to the "
                        + "distribution's width (mean LO width %.2f bits with DBS vs 4 without, on %s), and a LO "
                        + "slice wider than the 4-bit slice multipliers takes two slice operations per weight slice, "
                        + "dense, which costs more than the HO vectors DBS makes skippable (efficiency vs Sibia "
                        + "%.3f with DBS, %.3f without, ZPM on, mean over the models). The paper's hardware must "
                        + "handle DBS's split without doubling the dense LO work (its operator widths are not "
                        + "public); ours does not, so the ablation shows DBS as a loss here. ZPM alone raises the "
                        + "skippable share, as the paper says.",
                        runs.stream().mapToDouble(r -> r.settings().get(0).meanLoBits()).average().orElseThrow(),
                        runs.stream().map(ModelRun::model).toList(),
                        runs.stream().mapToDouble(r -> r.efficiency(0)).average().orElseThrow(),
                        runs.stream().mapToDouble(r -> r.efficiency(2)).average().orElseThrow()));
    }
}
