package dev.precis.cli;

import dev.precis.components.noc.NocConfig;
import dev.precis.components.noc.NocMemoryEstimate;
import dev.precis.components.noc.NocLoadPoint;
import dev.precis.components.noc.NocSweep;
import dev.precis.components.noc.TrafficPattern;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis bench noc}: flit events per second (a flit crossing one link: injection, router to router or
 * ejection) on the BookSim2 reference network under uniform traffic. CPU time is reported beside wall time: it is
 * less disturbed by other jobs on a shared machine.
 */
@Command(name = "noc", mixinStandardHelpOptions = true, description = "Time the NoC model: flit events per second.")
final class NocBenchCommand implements Callable<Integer> {
    @Option(names = "--k", defaultValue = "8", description = "mesh radix (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--rate", defaultValue = "0.3", description = "offered load, flits/node/cycle (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--runs", defaultValue = "10", description = "timed runs, after 3 untimed warm-up runs (default ${DEFAULT-VALUE})")
    int runs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be >= 1");
        NocConfig config = NocConfig.builder().k(k).build();
        MemoryBudget.require(NocMemoryEstimate.sizes(config), NocMemoryEstimate.bytes(config));
        TrafficPattern uniform = new TrafficPattern.Uniform();
        for (int i = 0; i < 3; i++) NocSweep.run(config, uniform, new double[] {rate}, 100 + i);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long events = 0;
        long cycles = 0;
        for (int i = 0; i < runs; i++) {
            NocLoadPoint p = NocSweep.run(config, uniform, new double[] {rate}, i).points().get(0);
            events += p.flitEvents();
            cycles += p.cycles();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%dx%d mesh, uniform, %.2f flits/node/cycle: %d runs, %,d cycles, %,d flit events%n", k, k, rate, runs,
                cycles, events);
        out.printf("%.2f s wall = %.2f M flit events/s; %.2f s CPU = %.2f M flit events per CPU-second%n", wall,
                events / wall / 1e6, cpu, events / cpu / 1e6);
        out.flush();
        return 0;
    }
}
