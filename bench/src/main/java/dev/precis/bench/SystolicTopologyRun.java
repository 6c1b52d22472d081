package dev.precis.bench;

import dev.precis.accelerators.systolic.SystolicLayerResult;
import dev.precis.accelerators.systolic.SystolicModelRun;
import dev.precis.components.pe.Dataflow;
import dev.precis.components.pe.SystolicArray;
import dev.precis.workloads.zoo.Model;
import dev.precis.workloads.zoo.ScaleSimTopologyReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times a SCALE-Sim topology on a systolic array and prints SCALE-Sim's compute-report columns per layer
 * (cycles as SCALE-Sim reports them: the last cycle's 0-based index).
 *
 * <p>Usage: {@code java -cp bench/target/precis-benchmarks.jar dev.precis.bench.SystolicTopologyRun TOPOLOGY.csv [--rows R] [--cols C] [--dataflow os|ws|is]} (default 32 x 32, os).
 */
public final class SystolicTopologyRun {

    private SystolicTopologyRun() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (NoSuchFileException e) {
            System.err.println("SystolicTopologyRun: no such file: " + e.getFile());
            System.exit(1);
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("SystolicTopologyRun: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: SystolicTopologyRun TOPOLOGY.csv [--rows R] [--cols C] [--dataflow os|ws|is]");
            System.exit(2);
        }
        int rows = 32;
        int cols = 32;
        Dataflow dataflow = Dataflow.OUTPUT_STATIONARY;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--cols" -> cols = Integer.parseInt(args[++i]);
                case "--dataflow" -> dataflow = Dataflow.parse(args[++i]);
                default -> {
                    System.err.println("unknown option '" + args[i] + "'");
                    System.exit(2);
                }
            }
        }
        Model model = ScaleSimTopologyReader.read(Path.of(args[0]));
        SystolicArray array = new SystolicArray(rows, cols);
        List<SystolicLayerResult> layers = SystolicModelRun.run(model, array, dataflow, 1);
        PrintStream out = System.out;
        out.println("LayerID, Total Cycles, Overall Util %, Mapping Efficiency %, Compute Util %");
        long total = 0;
        for (int i = 0; i < layers.size(); i++) {
            var t = layers.get(i).timing();
            total += t.lastCycleIndex();
            out.println(String.format(Locale.ROOT, "%d, %d, %.6f, %.6f, %.6f", i, t.lastCycleIndex(),
                    100.0 * t.macs() / ((double) t.lastCycleIndex() * array.processingElements()),
                    100 * t.mappingEfficiency(), 100 * t.meanFoldComputeUtilisation()));
        }
        out.println("total cycles " + total);
    }
}
