package dev.precis.cli;

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

    @Option(names = "--batch", defaultValue = "1", description = "batch size (default ${DEFAULT-VALUE})")
    int batch;

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
}
