package dev.precis.cli;

import dev.precis.components.noc.NocComponentType;
import dev.precis.components.noc.NocConfig;
import dev.precis.components.noc.NocExperiment;
import dev.precis.components.noc.NocLoadPoint;
import dev.precis.components.noc.NocMemoryEstimate;
import dev.precis.components.noc.NocReport;
import dev.precis.components.noc.NocSweep;
import dev.precis.components.noc.NocSweepResult;
import dev.precis.components.noc.booksim.BookSimConfig;
import dev.precis.components.noc.booksim.BookSimConfigReader;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParameterException;
import dev.precis.tlm.describe.Params;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code precis noc}: latency versus offered load of a cycle-level network under synthetic traffic, in BookSim2's
 * latency mode, and its saturation. Each load is run afresh from the same seed, as BookSim2 does. Every network
 * and experiment parameter is a flag named after its BookSim2 key ({@code num_vcs} is {@code --num-vcs}); the
 * flags are made from the parameters' declarations ({@link NocComponentType#DESCRIPTOR},
 * {@link NocExperiment#PARAMS}), so a new parameter is a new flag. {@code --config FILE} reads a BookSim2
 * configuration file first; flags override it. Every value, from the file or a flag, is checked by the same
 * descriptors and rules, and the network's heap estimate against the heap, before anything is built.
 */
@Command(name = "noc", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sweep offered load on a NoC; print average packet latency, accepted throughput and saturation.",
                "Network and traffic parameters are BookSim2's keys as flags (--num-vcs for num_vcs); --config reads"
                        + " a BookSim2 .cfg file, and flags override it."})
final class NocCommand implements Callable<Integer> {
    /** The loads of a sweep when neither --rates nor an injection rate is given, in flits per node per cycle. */
    static final String DEFAULT_RATES = "0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5";

    @Option(names = "--config", paramLabel = "FILE", description = "BookSim2 configuration file (key = value; lines)")
    Path config;

    @Option(names = "--ignore-unknown",
            description = "run a --config file whose keys Precis does not model (listed in a warning) without them")
    boolean ignoreUnknown;

    @Option(names = "--rates", split = ",", paramLabel = "R,R,...",
            description = "offered loads to sweep, in injection_rate's unit (default: the injection rate when one is"
                    + " given, else " + DEFAULT_RATES + " flits/node/cycle)")
    double[] rates;

    @Option(names = "--vcs", hidden = true, description = "old name of --num-vcs")
    Integer vcs;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @CommandLine.Spec
    CommandSpec spec;

    /** Adds one flag per network and experiment parameter to the {@code noc} command's specification. */
    static void addParameterOptions(CommandSpec noc) {
        for (ParamSpec p : NocComponentType.DESCRIPTOR.params()) {
            noc.addOption(option(p, "network"));
        }
        for (ParamSpec p : NocExperiment.PARAMS) {
            noc.addOption(option(p, "traffic and run"));
        }
    }

    private static OptionSpec option(ParamSpec p, String group) {
        String range = p.choices().isEmpty() ? "" : " (" + String.join(", ", p.choices()) + ")";
        String unit = p.unit().isEmpty() ? "" : " [" + p.unit() + "]";
        return OptionSpec.builder(flag(p))
                .type(String.class)
                .paramLabel(p.name().toUpperCase(java.util.Locale.ROOT))
                // picocli formats descriptions: a literal '%' must be doubled.
                .description((p.description() + range + unit + "; default " + p.defaultValue()).replace("%", "%%"))
                .build();
    }

    static String flag(ParamSpec p) {
        return "--" + p.name().replace('_', '-');
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BookSimConfig file = config == null ? null : BookSimConfigReader.read(config);
        if (file != null) {
            if (ignoreUnknown) {
                if (!file.notModelled().isEmpty()) {
                    err.println("noc: warning: running without " + file.notModelledSummary());
                    err.flush();
                }
            } else {
                file.requireModelled();
            }
        } else if (ignoreUnknown) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ignore-unknown applies to --config only");
        }
        Map<String, Object> network = new LinkedHashMap<>(file == null ? Map.of() : file.network());
        Map<String, Object> experiment = new LinkedHashMap<>(file == null ? Map.of() : file.experiment());
        boolean rateGiven = file != null && file.sets(NocExperiment.INJECTION_RATE.name());
        if (vcs != null) {
            network.put(NocComponentType.NUM_VCS.name(), vcs);
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (ParamSpec p : NocComponentType.DESCRIPTOR.params()) {
            if (parsed.hasMatchedOption(flag(p))) {
                network.put(p.name(), parsed.matchedOptionValue(flag(p), ""));
            }
        }
        for (ParamSpec p : NocExperiment.PARAMS) {
            if (parsed.hasMatchedOption(flag(p))) {
                experiment.put(p.name(), parsed.matchedOptionValue(flag(p), ""));
                rateGiven |= p == NocExperiment.INJECTION_RATE;
            }
        }

        NocConfig net;
        Params experimentValues;
        NocExperiment exp;
        try {
            net = NocConfig.builder().setAll(network).build();
            experimentValues = NocExperiment.resolve(experiment);
            exp = NocExperiment.from(experimentValues, net.topology());
            if (rates == null && rateGiven) {
                exp.flitLoad(exp.injectionRate());
            }
        } catch (ParameterException e) {
            throw file == null ? e : file.locate(e);
        }
        double[] loads = rates != null ? rates : rateGiven ? new double[] {exp.injectionRate()} : defaultLoads(exp);
        for (double r : loads) {
            try {
                exp.flitLoad(r);
            } catch (ParameterException e) {
                // The same rule as for injection_rate, broken by a load of the sweep.
                throw new CommandLine.ParameterException(spec.commandLine(), "--rates: " + e.getMessage());
            }
        }
        MemoryBudget.require(NocMemoryEstimate.sizes(net), NocMemoryEstimate.bytes(net));

        List<NocLoadPoint> points = new ArrayList<>();
        for (int i = 0; i < loads.length; i++) {
            points.add(NocSweep.run(net, exp, new double[] {loads[i]}).points().get(0));
            err.printf("noc: load %.3f done (%d of %d)%n", loads[i], i + 1, loads.length);
            err.flush();
        }
        NocReport report = NocReport.of(net, exp, experimentValues.asMap(),
                new NocSweepResult(net.topology().name(), exp.traffic().name(), points));
        format.print(out, report);
        return 0;
    }

    /** {@link #DEFAULT_RATES} in the experiment's unit (packets per node per cycle unless rates count flits). */
    private static double[] defaultLoads(NocExperiment exp) {
        String[] parts = DEFAULT_RATES.split(",");
        int perLoad = exp.injectionRateUsesFlits() ? 1 : exp.run().packetSizeFlits();
        double[] r = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = Double.parseDouble(parts[i]) / perLoad;
        }
        return r;
    }
}
