package dev.precis.cli;

import dev.precis.workloads.tracegen.QuantizerRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code precis trace}: write a quantized workload trace; {@code precis trace inspect FILE} reads one back. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Quantize a model's layers and write a quantized workload trace (see workloads/TRACE_FORMAT.md).",
        subcommands = {TraceInspectCommand.class})
final class TraceCommand implements Callable<Integer> {
    // Not marked required: picocli would then demand them for `trace inspect` too; checked in call().
    @Option(names = "--model", description = "a zoo model (e.g. resnet50, resnet50-ant), a SCALE-Sim topology .csv, or a GEMM list file")
    String model;

    @Option(names = "--quantizer", description = "ant, lpq, drift, panacea or int8 (precis info --quantizers; precis info NAME lists its options)")
    String quantizer;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the synthetic tensors and searches (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--batch", description = "batch size (default 1; with --onnx the batch is the number of inputs)")
    Integer batch;

    @Option(names = "--onnx", paramLabel = "MODEL", description = "an ONNX model file, or a shipped model (hello-deepa), "
            + "instead of --model: layer shapes and weights from the model, activations from running it with ONNX Runtime")
    String onnx;

    @Option(names = "--inputs", paramLabel = "N", description = "with --onnx: run the model on N seeded synthetic inputs "
            + "(standard Gaussian; default 1); the trace's batch is N")
    Integer inputs;

    @Option(names = "--input-npy", paramLabel = "FILE", description = "with --onnx: run the model on the samples of this "
            + ".npy file, shaped like the model's input with the leading 1 replaced by the sample count")
    Path inputNpy;

    @Option(names = "--input-shape", paramLabel = "D,D,..", description = "with --onnx: the input's shape where the file "
            + "leaves a dimension dynamic, leading (batch) dimension 1, e.g. 1,3,224,224")
    String inputShape;

    @Option(names = "--synthetic-operands", description = "with --onnx: take only the layer shapes from the model and draw "
            + "every operand from the seed, as for a zoo model (the baseline to compare real tensors against)")
    boolean syntheticOperands;

    @Option(names = "--tensors", description = "directory of <layer>.input.npy / <layer>.weight.npy operands to use instead of synthetic ones; "
            + "it must hold every operand of the model unless --allow-partial-tensors")
    Path tensors;

    @Option(names = "--allow-partial-tensors", description = "take the operands --tensors lacks from the synthetic source "
            + "(the trace header lists the imported ones)")
    boolean allowPartialTensors;

    @Option(names = "--out", description = "the trace file to write (atomically)")
    Path out;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "a quantizer option, repeatable (e.g. --param generations=20 for lpq, --param precisions=4,8 for drift); "
                    + "an unknown key lists the known ones; a trace header's quantizer settings reproduce it")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (onnx != null) {
            return onnxTrace();
        }
        if (inputs != null || inputNpy != null || inputShape != null || syntheticOperands) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--inputs, --input-npy, --input-shape and --synthetic-operands need --onnx MODEL");
        }
        int batch = this.batch == null ? 1 : this.batch;
        if (model == null || quantizer == null || out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "trace needs --model, --quantizer and --out (or the subcommand: trace inspect FILE)");
        }
        TraceSizeLimits.check(model, quantizer, batch);
        PrintWriter err = spec.commandLine().getErr();
        TraceCommandLogic.withBuiltIns().write(
                new TraceRequest(model, quantizer, seed, batch, out, tensors).withPartialTensors(allowPartialTensors)
                        .withQuantizerOptions(params), line -> {
                    err.println(line);
                    err.flush();
                });
        // The generator's last progress line says "wrote FILE ..." on stderr; stdout stays empty for scripts.
        return 0;
    }

    private Integer onnxTrace() throws Exception {
        if (model != null || tensors != null || allowPartialTensors || batch != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--onnx takes the place of --model; --tensors "
                    + "and --batch do not apply to it (the batch is the number of inputs: --inputs N or --input-npy FILE)");
        }
        if (quantizer == null || out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "trace --onnx needs --quantizer and --out");
        }
        if (inputs != null && inputNpy != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --inputs N or --input-npy FILE, not both");
        }
        if (syntheticOperands && inputNpy != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--synthetic-operands draws every operand from the seed; --input-npy would not be used");
        }
        PrintWriter err = spec.commandLine().getErr();
        OnnxSource source = new OnnxSource(onnx, seed, inputs, inputNpy, OnnxSource.parseShape(inputShape), syntheticOperands);
        new OnnxTraceLogic(QuantizerRegistry.load()).write(new OnnxTraceRequest(source, quantizer, out,
                new java.util.TreeMap<>(params)), line -> {
                    err.println(line);
                    err.flush();
                });
        return 0;
    }
}
