/**
 * The quantized workload trace: record types, the validating streaming reader and atomic
 * writer (format in workloads/TRACE_FORMAT.md), the generator that drives a
 * {@link dev.precis.workloads.trace.LayerQuantization} over a model (built-in: int8,
 * and the ANT, LPQ, Drift and Panacea adapters over the {@code quant} quantizers), and
 * the logic of the {@code precis trace} commands ({@link dev.precis.workloads.trace.TraceCommandLogic}).
 */
package dev.precis.workloads.trace;
