package dev.precis.sweep.eval;

import dev.precis.accelerators.antfamily.AntBenchmark;
import dev.precis.accelerators.mapping.EnergyBreakdown;
import dev.precis.accelerators.mapping.MapperDesign;
import dev.precis.accelerators.mapping.ModelMapper;
import dev.precis.accelerators.mapping.ModelResult;
import dev.precis.accelerators.systolic.SystolicLayerResult;
import dev.precis.accelerators.systolic.SystolicModelRun;
import dev.precis.components.pe.SystolicArray;
import dev.precis.sweep.point.EnergyPj;
import dev.precis.sweep.point.Point;
import dev.precis.sweep.point.PointEvaluator;
import dev.precis.sweep.point.PointResult;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ModelZoo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Points on the analytical models of {@code accelerators}: the ANT artifact's mapper and cost model for its six
 * designs ({@code ant-os}, {@code ant-ws}, {@code bitfusion}, {@code olaccel}, {@code adafloat}, {@code biscaled};
 * parameters in {@link AntFamilyPoint}) and the SCALE-Sim systolic-array timing model ({@code systolic}).
 *
 * <p>Quantizers of the ANT designs choose each layer's precision: {@code artifact} (the design's per-layer plan from
 * the artifact; the model must be one of its eight benchmarks), {@code rule} (PAPERS.md's summary rule: 8-bit first
 * and last layers, 4-bit others for ANT and OLAccel; 8 for AdaFloat; 6 for BiScaled; none for BitFusion) or
 * {@code int8}/{@code int6}/{@code int4} (every layer at that width). An ANT benchmark name ({@code vgg16},
 * {@code resnet18}, {@code mnli}, ...) means the artifact's layer list of it; any other zoo model runs as the zoo has
 * it. The systolic model times the zoo's models at 8 bits ({@code int8}).
 */
public final class MapperPointEvaluator implements PointEvaluator {

    static final String SYSTOLIC = "systolic";
    private static final List<String> ANT_QUANTIZERS = List.of("artifact", "rule", "int8", "int6", "int4");
    private static final List<String> SYSTOLIC_QUANTIZERS = List.of("int8");

    private final AntPrecisionPlans plans = AntPrecisionPlans.artifact();

    @Override
    public String id() {
        return "accelerators-mapper-1";
    }

    @Override
    public List<String> accelerators() {
        List<String> names = new ArrayList<>();
        for (AntDesign d : AntDesign.values()) names.add(name(d));
        names.add(SYSTOLIC);
        return names;
    }

    @Override
    public void checkAccelerator(String accelerator) {
        if (!accelerators().contains(accelerator)) {
            throw new IllegalArgumentException("unknown accelerator '" + accelerator + "'; known: "
                    + String.join(", ", accelerators()));
        }
    }

    @Override
    public void checkQuantizer(String accelerator, String quantizer) {
        List<String> known = accelerator.equals(SYSTOLIC) ? SYSTOLIC_QUANTIZERS : ANT_QUANTIZERS;
        if (!known.contains(quantizer)) {
            throw new IllegalArgumentException("unknown quantizer '" + quantizer + "' for accelerator '" + accelerator
                    + "'; known: " + String.join(", ", known));
        }
        if (accelerator.equals(SYSTOLIC)) return;
        AntDesign design = design(accelerator);
        if (quantizer.equals("rule") && design == AntDesign.BITFUSION) {
            throw new IllegalArgumentException("quantizer 'rule' has no precision rule for bitfusion; use artifact or intN");
        }
        if (quantizer.startsWith("int")) {
            int bits = Integer.parseInt(quantizer.substring(3));
            int max = AntFamilyPoint.design(accelerator, design, java.util.Map.of()).array().maxBits();
            if (bits > max) {
                throw new IllegalArgumentException("quantizer '" + quantizer + "' needs " + bits + "-bit operands but "
                        + accelerator + "'s array is at most " + max + " bits");
            }
        }
    }

    @Override
    public String defaultQuantizer(String accelerator) {
        return accelerator.equals(SYSTOLIC) ? "int8" : "artifact";
    }

    @Override
    public void checkModel(String accelerator, String model, String quantizer) {
        if (accelerator.equals(SYSTOLIC) || !quantizer.equals("artifact")) {
            if (benchmark(model).isEmpty() || accelerator.equals(SYSTOLIC)) {
                if (!ModelZoo.names().contains(model)) {
                    throw new IllegalArgumentException("unknown model '" + model + "'; known: "
                            + String.join(", ", ModelZoo.names()) + (accelerator.equals(SYSTOLIC) ? ""
                            : " and the ANT benchmarks " + benchmarkNames()));
                }
            }
            return;
        }
        if (benchmark(model).isEmpty()) {
            throw new IllegalArgumentException("model '" + model + "' has no ANT artifact precision plan (quantizer "
                    + "'artifact'); the ANT benchmarks are " + benchmarkNames() + "; other models need rule or intN");
        }
    }

    @Override
    public void checkParameter(String accelerator, String key, String value) {
        parameters(accelerator).spec(accelerator, key).parse(value);
    }

    @Override
    public PointResult evaluate(Point p) {
        checkAccelerator(p.accelerator());
        parameters(p.accelerator()).checkAll(p.accelerator(), p.parameters());
        return p.accelerator().equals(SYSTOLIC) ? systolic(p) : antFamily(p);
    }

    private PointResult antFamily(Point p) {
        AntDesign preset = design(p.accelerator());
        MapperDesign design = AntFamilyPoint.design(p.accelerator(), preset, p.parameters());
        Optional<AntBenchmark> benchmark = benchmark(p.model());
        Model model = benchmark.map(b -> b.model(preset)).orElseGet(() -> ModelZoo.get(p.model()));
        int[] bits = switch (p.quantizer()) {
            case "artifact" -> benchmark.orElseThrow(() -> new IllegalArgumentException("model '" + p.model()
                    + "' has no ANT artifact plan")).bits(preset, plans);
            case "rule" -> AntPrecisionPlans.rule(model.name(), preset, model.layers().size()).bits();
            default -> uniform(model, Integer.parseInt(p.quantizer().substring(3)));
        };
        ModelResult r = ModelMapper.map(model, bits, design, p.batch());
        EnergyBreakdown e = r.energy();
        return new PointResult(r.total().cycles(), r.total().macs(), design.clockHz() / 1e6,
                Optional.of(EnergyPj.of(e.staticPj(), e.dramPj(), e.bufferPj(), e.corePj())),
                Optional.of(AntFamilyPoint.areaMm2(design)));
    }

    private PointResult systolic(Point p) {
        SystolicArray array = SystolicPoint.array(p.accelerator(), p.parameters());
        List<SystolicLayerResult> layers = SystolicModelRun.run(ModelZoo.get(p.model()), array,
                SystolicPoint.dataflow(p.accelerator(), p.parameters()), p.batch());
        long cycles = 0;
        long macs = 0;
        for (SystolicLayerResult l : layers) {
            cycles = Math.addExact(cycles, l.cycles());
            macs = Math.addExact(macs, l.macs());
        }
        return new PointResult(cycles, macs, SystolicPoint.clockMhz(p.accelerator(), p.parameters()), Optional.empty(),
                Optional.of(SystolicPoint.areaMm2(array)));
    }

    private static int[] uniform(Model model, int bits) {
        int[] plan = new int[model.layers().size()];
        Arrays.fill(plan, bits);
        return plan;
    }

    private static ParameterSet parameters(String accelerator) {
        return accelerator.equals(SYSTOLIC) ? SystolicPoint.PARAMETERS : AntFamilyPoint.PARAMETERS;
    }

    private static String name(AntDesign d) {
        return d.label().toLowerCase(Locale.ROOT);
    }

    private static AntDesign design(String accelerator) {
        for (AntDesign d : AntDesign.values()) {
            if (name(d).equals(accelerator)) return d;
        }
        throw new IllegalArgumentException("unknown accelerator '" + accelerator + "'");
    }

    private static Optional<AntBenchmark> benchmark(String model) {
        for (AntBenchmark b : AntBenchmark.values()) {
            if (b.artifactName().equalsIgnoreCase(model) || b.label().equalsIgnoreCase(model)) return Optional.of(b);
        }
        return Optional.empty();
    }

    private static List<String> benchmarkNames() {
        return Arrays.stream(AntBenchmark.values()).map(AntBenchmark::artifactName).toList();
    }
}
