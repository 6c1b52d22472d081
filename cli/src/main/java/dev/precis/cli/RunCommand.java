package dev.precis.cli;

import dev.precis.accelerators.run.AcceleratorRunner;
import dev.precis.accelerators.run.LayerReport;
import dev.precis.accelerators.run.RunReport;
import dev.precis.accelerators.run.RunRequest;
import dev.precis.accelerators.run.Workload;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis run}: one accelerator (a preset or a composition file) on one workload (a zoo model, a trace, a
 * SCALE-Sim topology, or an ONNX model with its real tensors, see {@link OnnxRunTrace}), layer by layer on the kernel; progress per layer on stderr, the report on stdout once the
 * run has succeeded, and report.json/csv/md in {@code --out} (atomically).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run an accelerator (a preset or a .conf composition) on a zoo model, a trace, a SCALE-Sim "
                + "topology or an ONNX model; print cycles, energy and area per layer.",
                "Presets: ant, ant-ws, bitfusion, olaccel, adafloat, biscaled, systolic, drift, lpa, panacea, sibia. "
                        + "--set COMPONENT.PARAM=VALUE or "
                        + "--set dataflow=ws overrides the composition."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--accelerator", required = true, paramLabel = "NAME|FILE.conf",
            description = "a preset name or a composition file (HOCON)")
    String accelerator;

    /** Exactly one workload. */
    static final class WorkloadOption {
        @Option(names = "--model", paramLabel = "MODEL", description = "a zoo model (precis trace --help lists them)")
        String model;

        @Option(names = "--trace", paramLabel = "FILE", description = "a trace written by precis trace (streamed)")
        Path trace;

        @Option(names = "--topology", paramLabel = "FILE.csv", description = "a SCALE-Sim topology CSV")
        Path topology;

        @Option(names = "--onnx", paramLabel = "MODEL", description = "an ONNX model file or a shipped model (hello-deepa): "
                + "its layers and weights, and the activations of running it (as precis trace --onnx)")
        String onnx;

        /** The workload, for every option but {@code --onnx} (whose trace {@link OnnxRunTrace} makes first). */
        Workload workload() {
            if (model != null) return new Workload.Model(model);
            if (trace != null) return new Workload.TraceFile(trace);
            return new Workload.Topology(topology);
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    WorkloadOption workload;

    @Option(names = "--inputs", paramLabel = "N", description = "with --onnx: N seeded synthetic inputs (default 1); the batch is N")
    Integer inputs;

    @Option(names = "--input-npy", paramLabel = "FILE", description = "with --onnx: the samples of this .npy file")
    Path inputNpy;

    @Option(names = "--input-shape", paramLabel = "D,D,..", description = "with --onnx: the input's shape where the file leaves "
            + "a dimension dynamic (leading dimension 1)")
    String inputShape;

    @Option(names = "--synthetic-operands", description = "with --onnx: the model's layer shapes only, every operand drawn from the seed")
    boolean syntheticOperands;

    @Option(names = "--quantizer", paramLabel = "Q",
            description = "quantizer of the generated trace (default: the one the accelerator names)")
    String quantizer;

    @CommandLine.Mixin
    RunSettings settings = new RunSettings();

    @Option(names = "--timeline", paramLabel = "FILE.json",
            description = "write a Chrome trace (Perfetto, chrome://tracing) of every layer's transactions, layers end to end")
    Path timeline;

    @Option(names = "--out", paramLabel = "DIR", description = "write report.json, report.csv and report.md into DIR")
    Path out;

    @CommandLine.Mixin
    OutputFormat format = new OutputFormat();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        settings.check();
        if (workload.onnx == null) {
            if (inputs != null || inputNpy != null || inputShape != null || syntheticOperands) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--inputs, --input-npy, --input-shape and --synthetic-operands need --onnx MODEL");
            }
            return run(workload.workload(), settings.batch, err);
        }
        if (settings.batch != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--batch does not apply to --onnx: the batch is the number of inputs (--inputs N or --input-npy FILE)");
        }
        if (inputs != null && inputNpy != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --inputs N or --input-npy FILE, not both");
        }
        if (syntheticOperands && inputNpy != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--synthetic-operands draws every operand from the seed; --input-npy would not be used");
        }
        OnnxSource source = new OnnxSource(workload.onnx, settings.seed, inputs, inputNpy, OnnxSource.parseShape(inputShape),
                syntheticOperands);
        try (OnnxRunTrace trace = OnnxRunTrace.write(source, accelerator, settings.overrides, Optional.ofNullable(quantizer), line -> {
                    err.println("run: trace: " + line);
                    err.flush();
                })) {
            return run(new Workload.TraceFile(trace.trace()), 1, err);
        }
    }

    private Integer run(Workload chosen, int runBatch, PrintWriter err) {
        RunRequest request = new RunRequest(accelerator, chosen, runBatch, Optional.ofNullable(quantizer),
                settings.overrides, settings.engineKind(), settings.seed);
        RunReport report = AcceleratorRunner.run(request, (i, n, l) -> progress(err, i, n, l), timeline);
        if (out != null) report.writeTo(out);
        format.print(spec.commandLine().getOut(), report);
        return 0;
    }

    private static void progress(PrintWriter err, int index, int count, LayerReport l) {
        err.println(String.format(Locale.ROOT, "run: [%d/%d] %s: %,d cycles (%,d compute, %,d stall), %.4g uJ", index + 1, count,
                l.name(), l.cycles(), l.computeCycles(), l.stallCycles(), l.energyPj().total() / 1e6));
        err.flush();
    }
}
