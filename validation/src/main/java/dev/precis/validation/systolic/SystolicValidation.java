package dev.precis.validation.systolic;

import dev.precis.accelerators.systolic.SystolicLayerResult;
import dev.precis.accelerators.systolic.SystolicModelRun;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.SystolicArray;
import dev.precis.validation.Check;
import dev.precis.validation.Experiment;
import dev.precis.validation.ExperimentResult;
import dev.precis.validation.Scope;
import dev.precis.validation.ValidationProgress;
import dev.precis.validation.data.CsvTable;
import dev.precis.validation.data.ReferenceData;
import dev.precis.validation.plot.BarPlot;
import dev.precis.validation.plot.Plot;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ScaleSimTopologyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SCALE-Sim v2: every ResNet-18 layer's compute cycles on a 32x32 array, output and weight stationary, from the
 * systolic-array timing model ({@code components/.../pe/SystolicArray}) run on SCALE-Sim's own topology file.
 * The same in quick and full runs (one small model).
 */
public final class SystolicValidation implements Experiment {

    private static final String SOURCE = "SCALE-Sim v2 (commit 22f88b1), ResNet-18, 32x32 %s, COMPUTE_REPORT";
    private static final double TOLERANCE = 0.01;
    private static final SystolicArray ARRAY = new SystolicArray(32, 32);

    @Override
    public String name() {
        return "systolic";
    }

    @Override
    public String title() {
        return "Systolic array: per-layer compute cycles against SCALE-Sim v2 (ResNet-18, os and ws)";
    }

    @Override
    public ExperimentResult run(Scope scope, ValidationProgress progress) {
        Model model;
        try {
            model = ScaleSimTopologyReader.read(ReferenceData.path("scalesim/Resnet18.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped SCALE-Sim topology: " + e.getMessage(), e);
        }
        List<Check> checks = new ArrayList<>();
        List<Plot> plots = new ArrayList<>();
        for (String flow : List.of("os", "ws")) {
            progress.step(name(), "ResNet-18 " + flow);
            List<SystolicLayerResult> ours = SystolicModelRun.run(model, ARRAY, Dataflow.parse(flow), 1);
            CsvTable report = ReferenceData.csv("scalesim/resnet18_32x32_" + flow + "_COMPUTE_REPORT.csv");
            if (report.rows().size() != ours.size()) {
                throw new IllegalStateException("SCALE-Sim report has " + report.rows().size() + " layers, the topology "
                        + ours.size());
            }
            List<String> layers = new ArrayList<>();
            List<Double> reference = new ArrayList<>();
            List<Double> precis = new ArrayList<>();
            long totalReference = 0;
            long totalOurs = 0;
            for (int i = 0; i < ours.size(); i++) {
                CsvTable.Row row = report.rows().get(i);
                double theirs = row.number("Total Cycles");
                long mine = ours.get(i).timing().lastCycleIndex();
                totalReference += (long) theirs;
                totalOurs += mine;
                checks.add(Check.relative("systolic." + flow + ".layer" + i, String.format(SOURCE, flow),
                        "layer " + i + " (" + ours.get(i).layer() + ") Total Cycles (index of the last cycle)",
                        theirs, mine, TOLERANCE));
                layers.add(Integer.toString(i));
                reference.add(theirs);
                precis.add((double) mine);
            }
            checks.add(Check.relative("systolic." + flow + ".total", String.format(SOURCE, flow),
                    "sum of the 21 layers' Total Cycles", totalReference, totalOurs, TOLERANCE));
            plots.add(new BarPlot("systolic-" + flow + ".png", "ResNet-18 on 32x32, " + flow + ": cycles per layer",
                    "cycles", layers, List.of(new Plot.Series("SCALE-Sim v2", reference),
                    new Plot.Series("Precis", precis))));
        }
        List<String> assumptions = List.of(
                "SCALE-Sim's shipped Resnet18.csv read as it is (batch 1), 32x32 array, bandwidth mode CALC (no "
                        + "memory stalls), so only compute cycles are compared.",
                "SCALE-Sim prints the 0-based index of a layer's last cycle as Total Cycles; Precis' figure is the "
                        + "same quantity (SystolicLayerTiming.lastCycleIndex(); the cycle count itself is one more).");
        return new ExperimentResult(name(), title(), scope, checks, plots, assumptions, List.of(), "",
                Map.of());
    }
}
