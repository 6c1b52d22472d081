package dev.precis.bench;

import dev.precis.accelerators.antfamily.AntBenchmark;
import dev.precis.accelerators.antfamily.AntComparison;
import dev.precis.workloads.quant.AntDesign;
import dev.precis.workloads.quant.AntPrecisionPlans;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the ANT-family comparison: each benchmark mapped on all six designs, as the artifact's run_ant.py
 * does, and prints the normalised cycles and energy parts with the wall time per benchmark.
 *
 * <p>Usage: {@code java -cp bench/target/precis-benchmarks.jar dev.precis.bench.AntFamilyBench [--batch B] [--runs R] [--warmups W] [benchmark ...]} (default: all eight,
 * batch 64, the best of 1 run each after 1 untimed warm-up run of the first benchmark).
 */
public final class AntFamilyBench {

    private AntFamilyBench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("AntFamilyBench: " + e.getMessage()
                    + " (usage: AntFamilyBench [--batch B] [--runs R] [--warmups W] [benchmark ...])");
            System.exit(2);
        }
    }

    private static void run(String[] args) {
        int batch = 64;
        int runs = 1;
        int warmups = 1;
        List<AntBenchmark> benchmarks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                default -> benchmarks.add(AntBenchmark.parse(args[i]));
            }
        }
        if (benchmarks.isEmpty()) {
            benchmarks.addAll(List.of(AntBenchmark.values()));
        }
        AntPrecisionPlans plans = AntPrecisionPlans.artifact();
        PrintStream out = System.out;
        for (int w = 0; w < warmups; w++) {
            AntComparison.run(benchmarks.get(0), batch, plans);
        }
        out.println("| benchmark | seconds (6 designs) | " + header("cycles") + " | " + header("energy total") + " |");
        for (AntBenchmark b : benchmarks) {
            double best = Double.MAX_VALUE;
            AntComparison c = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                c = AntComparison.run(b, batch, plans);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            StringBuilder line = new StringBuilder("| " + b.label() + " | " + String.format(Locale.ROOT, "%.3f", best) + " |");
            for (AntDesign d : AntDesign.values()) {
                line.append(String.format(Locale.ROOT, " %.3f |", c.normalisedCycles(d)));
            }
            for (AntDesign d : AntDesign.values()) {
                var e = c.normalisedEnergy(d);
                line.append(String.format(Locale.ROOT, " %.2f/%.2f/%.2f/%.2f |", e.staticPj(), e.dramPj(), e.bufferPj(),
                        e.corePj()));
            }
            out.println(line);
        }
    }

    private static String header(String what) {
        StringBuilder s = new StringBuilder();
        for (AntDesign d : AntDesign.values()) {
            if (!s.isEmpty()) {
                s.append(" | ");
            }
            s.append(what).append(' ').append(d.label());
        }
        return s.toString();
    }
}
