package dev.precis.sweep.eval;

import dev.precis.accelerators.compose.Composition;
import dev.precis.accelerators.compose.Elaborator;
import dev.precis.accelerators.compose.Presets;
import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.EngineKind;
import dev.precis.accelerators.run.LayerReport;
import dev.precis.accelerators.run.RunProgress;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointResult;
import dev.precis.tlm.ElaborationException;
import dev.precis.tlm.describe.ComponentRegistry;
import dev.precis.workloads.tracegen.QuantizerRegistry;
import dev.precis.workloads.zoo.ModelZoo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points replayed on the accelerator compositions ({@link AcceleratorRunner}): every preset ({@link Presets}) or
 * composition file, every {@code --set} path of it as a sweep parameter ({@code pe.rows}, {@code memory.widthBits},
 * {@code dataflow}, {@code clock}), any zoo model, any registered quantizer. The composition's own quantizer (with its
 * options) is each accelerator's default; naming it in {@code quantizers} means the same. Checks elaborate the
 * composition with the value, so a bad path or value fails as the composition would, before the sweep runs.
 * The replay is deterministic (sequential engine, synthetic tensors seeded by {@link #SEED}); points replaying the same
 * workload share its trace ({@link TraceCache}), generated as {@code precis run --model} generates it.
 */
public final class ReplayPointEvaluator implements PointEvaluator {

    /** Seed of every point's synthetic tensors and component random streams. */
    static final long SEED = 1;

    private final ComponentRegistry components = ComponentRegistry.load(ReplayPointEvaluator.class.getClassLoader());
    private final QuantizerRegistry quantizers = QuantizerRegistry.load();
    private final TraceCache traces = new TraceCache(quantizers);

    @Override
    public String id() {
        return "accelerator-replay-1";
    }

    @Override
    public List<String> accelerators() {
        return Presets.names();
    }

    @Override
    public void checkAccelerator(String accelerator) {
        elaborate(accelerator, Map.of());
    }

    @Override
    public void checkModel(String accelerator, String model, String quantizer) {
        if (!ModelZoo.names().contains(model)) {
            throw new IllegalArgumentException("unknown model '" + model + "'; known: " + String.join(", ", ModelZoo.names()));
        }
    }

    @Override
    public void checkQuantizer(String accelerator, String quantizer) {
        if (!quantizers.contains(quantizer)) {
            throw new IllegalArgumentException("unknown quantizer '" + quantizer + "'; known: "
                    + String.join(", ", quantizers.names()));
        }
    }

    @Override
    public String defaultQuantizer(String accelerator) {
        return composition(accelerator, Map.of()).quantizer();
    }

    @Override
    public void checkParameter(String accelerator, String key, String value) {
        elaborate(accelerator, Map.of(key, value));
    }

    @Override
    public PointResult evaluate(Point p) {
        Composition c = composition(p.accelerator(), p.parameters());
        // As the runner chooses: the composition's quantizer with its options, or the one named without options.
        boolean own = p.quantizer().equals(c.quantizer());
        Path trace = traces.trace(new TraceCache.Key(p.model(), p.batch(), p.quantizer(),
                own ? c.quantizerOptions() : Map.of(), SEED));
        RunReport r = AcceleratorRunner.run(new RunRequest(p.accelerator(), new Workload.TraceFile(trace), p.batch(),
                Optional.empty(), p.parameters(), EngineKind.SEQUENTIAL, SEED), RunProgress.NONE);
        LayerReport t = r.total();
        dev.precis.accelerators.run.EnergyPj e = t.energyPj();
        return new PointResult(t.cycles(), t.macs(), r.clockMhz(),
                Optional.of(new EnergyPj(e.staticPj(), e.dram(), e.buffer(), e.core(), e.total())),
                r.areaMm2() > 0 ? Optional.of(r.areaMm2()) : Optional.empty());
    }

    private Composition composition(String accelerator, Map<String, String> overrides) {
        try {
            return Composition.load(accelerator, overrides);
        } catch (ElaborationException e) {
            throw new IllegalArgumentException(withoutOption(e.getMessage(), overrides), e);
        }
    }

    private void elaborate(String accelerator, Map<String, String> overrides) {
        try {
            new Elaborator(Composition.load(accelerator, overrides), components).check();
        } catch (ElaborationException e) {
            throw new IllegalArgumentException(withoutOption(e.getMessage(), overrides), e);
        }
    }

    /**
     * The composition's message without the command-line option it names ({@code --accelerator: },
     * {@code --set KEY=VALUE: }): in a sweep the file, line and key already say where the value came from.
     */
    private static String withoutOption(String message, Map<String, String> overrides) {
        List<String> prefixes = new java.util.ArrayList<>(List.of("--accelerator: "));
        overrides.forEach((k, v) -> prefixes.add("--set " + k + "=" + v + ": "));
        for (String prefix : prefixes) {
            if (message.startsWith(prefix)) return message.substring(prefix.length());
        }
        return message;
    }
}
