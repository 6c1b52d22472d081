package dev.precis.components.noc;

import java.util.Locale;

/**
 * Benchmark: flit events per wall-clock second on the 8x8 mesh (BookSim2 reference configuration)
 * under uniform random traffic at 0.3 flits/node/cycle. A flit event is one flit crossing one link
 * (injection, router-to-router or ejection). Runs the latency-mode experiment a few times to warm
 * the JIT, then times several runs, in wall time and in the thread's CPU time (the latter is less
 * disturbed by other jobs on a shared machine). Command-line output only; not part of the library API.
 *
 * <pre>java -cp components/target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     dev.precis.components.noc.NocFlitRateBenchmark [timedRuns]</pre>
 */
public final class NocFlitRateBenchmark {

    private NocFlitRateBenchmark() {
    }

    public static void main(String[] args) {
        int timedRuns = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        NocConfig config = NocConfig.bookSimDefaults(new MeshTopology(8));
        TrafficPattern traffic = new TrafficPattern.Uniform();
        LatencyRunOptions options = LatencyRunOptions.bookSimDefaults();
        for (int i = 0; i < 3; i++) {
            LatencyExperiment.run(config, traffic, 0.3, options, 100 + i);
        }
        long events = 0;
        long cycles = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < timedRuns; i++) {
            NocLoadPoint p = LatencyExperiment.run(config, traffic, 0.3, options, i);
            events += p.flitEvents();
            cycles += p.cycles();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "8x8 mesh, uniform, 0.3 flits/node/cycle: %d runs, %d cycles, %d flit events"
                        + " in %.2f s wall = %.2f M flit events/s (%.0f k cycles/s); %.2f s CPU = %.2f M flit events"
                        + " per CPU-second%n",
                timedRuns, cycles, events, seconds, events / seconds / 1e6, cycles / seconds / 1e3, cpuSeconds,
                events / cpuSeconds / 1e6);
    }
}
