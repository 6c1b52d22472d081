package dev.precis.accelerators.run;

import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.replay.LayerPlanner;
import dev.precis.accelerators.replay.ReplayLayer;
import dev.precis.tlm.Engine;
import dev.precis.tlm.Model;
import dev.precis.tlm.RunOptions;
import dev.precis.tlm.SimulationException;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.tracegen.DescribedTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link RunRequest}: reads and checks the composition (errors before the run, naming file, line and
 * key), gets the workload as a trace (a given trace file, or one generated from the zoo model or topology with
 * the quantizer that fits the accelerator), checks that every layer can fit, then replays the trace layer by
 * layer, each layer on a fresh model of the composition on the chosen engine, and builds the report from the
 * components' statistics. Layers run one after another, as the ANT artifact times them, so a layer's model
 * holds only that layer's state, except the configuration its components carry into the next layer's model
 * ({@link CarriedConfiguration}: the precision each array ended in); the trace is streamed and never held whole.
 */
public final class AcceleratorRunner {

    private AcceleratorRunner() {
    }

    public static RunReport run(RunRequest request, RunProgress progress) {
        return run(request, progress, null);
    }

    /**
     * The same, also writing the run's timeline (a Chrome trace of every layer's transactions, layers end to end)
     * to {@code timeline} when it is not null.
     */
    public static RunReport run(RunRequest request, RunProgress progress, Path timeline) {
        return run(request, progress, timeline, null);
    }

    /**
     * The same, replaying {@code layers} (described in memory from the request's workload with the quantizer its
     * run would use, {@link DescribedWorkloads}) instead of making them, when not null.
     */
    public static RunReport run(RunRequest request, RunProgress progress, Path timeline, DescribedTrace layers) {
        Composition composition = Composition.load(request.accelerator(), request.overrides());
        Elaborator elaborator = new Elaborator(composition, ComponentRegistry.load(AcceleratorRunner.class.getClassLoader())).check();
        String quantizer = request.quantizer().orElse(composition.quantizer());
        java.util.Map<String, String> options = request.quantizer().isPresent() ? java.util.Map.of() : composition.quantizerOptions();
        try (WorkloadTrace trace = layers != null ? WorkloadTrace.described(layers)
                : WorkloadTrace.of(request.workload(), request.batch(), quantizer, options, request.seed())) {
            LayerPlanner planner = elaborator.planner();
            int count = checkEveryLayerFits(trace, planner);
            if (timeline == null) return replay(request, composition, elaborator, planner, trace, count, progress, null);
            try (Timeline t = Timeline.open(timeline)) {
                RunReport report = replay(request, composition, elaborator, planner, trace, count, progress, t);
                t.commit();
                return report;
            }
        }
    }

    private static int checkEveryLayerFits(WorkloadTrace trace, LayerPlanner planner) {
        int count = 0;
        try (LayerStream layers = trace.layers()) {
            for (ReplayLayer l = layers.next(); l != null; l = layers.next()) {
                planner.checkFits(l);
                count++;
            }
        }
        if (count == 0) throw new IllegalArgumentException(trace.label() + ": the trace has no layers");
        return count;
    }

    private static RunReport replay(RunRequest request, Composition composition, Elaborator elaborator, LayerPlanner planner,
                                    WorkloadTrace trace, int count, RunProgress progress, Timeline timeline) {
        String controller = elaborator.controllerName();
        double clockHz = elaborator.controllerClockHz();
        List<LayerReport> layers = new ArrayList<>(count);
        LayerReport total = LayerReport.empty("total");
        double weightedUtilisation = 0;
        double area = 0;
        String model;
        int batch;
        List<String> notes;
        try (LayerStream stream = trace.layers()) {
            model = stream.header().model();
            batch = stream.header().batch();
            notes = RunNotes.of(stream.header());
            Map<String, Map<String, Object>> carried = Map.of();
            for (ReplayLayer layer = stream.next(); layer != null; layer = stream.next()) {
                Model m = elaborator.build(layer, request.seed(), carried);
                Engine engine = request.engine().create();
                SimulationResult result;
                try {
                    RunOptions options = timeline == null ? RunOptions.DEFAULT : RunOptions.DEFAULT.withChromeTrace(timeline.layerFile());
                    result = engine.run(m, options).orThrow();
                } catch (SimulationException e) {
                    throw new IllegalStateException(composition.name() + ": layer " + layer.name() + ": " + e.getMessage(), e);
                }
                carried = CarriedConfiguration.from(result.stats(), elaborator.instances());
                LayerReport r = LayerFigures.of(layer, result.stats(), controller, clockHz, planner.peakMacsPerCycle(layer));
                if (timeline != null) timeline.append(layer.name(), result.endTimePs());
                area = LayerFigures.areaMm2(result.stats());
                layers.add(r);
                total = total.plus("total", r);
                weightedUtilisation += r.utilization() * r.cycles();
                progress.layerDone(layers.size() - 1, count, r);
            }
        }
        total = total.withUtilization(total.cycles() == 0 ? 0 : weightedUtilisation / total.cycles());
        return new RunReport(composition.name(), model, batch, request.engine().label(), layers, total, area, clockHz / 1e6,
                notes);
    }
}
