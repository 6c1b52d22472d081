package dev.precis.bench;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.SequentialEngine;
import dev.precis.tlm.SimulationResult;
import dev.precis.tlm.models.KernelModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second of the engines on the ring and PHOLD models; JMH reports operations (events) per second.
 * {@code java -jar bench/target/precis-benchmarks.jar KernelBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class KernelBenchmark {
    static final int EVENTS = 1_000_000;

    /** Ring sizes, a state of their own so that only the ring benchmark is repeated per size. */
    @State(Scope.Benchmark)
    public static class Ring {
        @Param({"2", "64"})
        int nodes;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public SimulationResult ringSequential(Ring ring) {
        return new SequentialEngine().run(KernelModels.ring(ring.nodes, 1, EVENTS));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public SimulationResult pholdSequential() {
        return new SequentialEngine().run(KernelModels.phold(64, 64, EVENTS, 1));
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public SimulationResult pholdActorTwoThreads() {
        return new ActorEngine(2).run(KernelModels.phold(64, 64, EVENTS, 1));
    }
}
