/**
 * Every benchmark of Precis, none of them a test: the kernel's JMH benchmarks ({@link dev.precis.bench.KernelBenchmark})
 * and wall-clock mains that time the quantizers ({@link dev.precis.bench.QuantizerBenchmark}), trace generation and
 * writing ({@link dev.precis.bench.QuantizerTraceBenchmark}, {@link dev.precis.bench.TraceWriteBenchmark}), the
 * ANT-family mapper ({@link dev.precis.bench.AntFamilyBench}) and the systolic model
 * ({@link dev.precis.bench.SystolicTopologyRun}). BENCHMARKS.md records their commands and figures.
 */
package dev.precis.bench;
