/**
 * Producing quantized workload traces: the {@link dev.precis.workloads.tracegen.TraceGenerator}
 * that drives a {@link dev.precis.workloads.tracegen.LayerQuantization} over a model's operands
 * and streams the result through the {@code trace} writer, and the per-quantizer adapters that
 * turn the {@code quant} quantizers' results into trace records ({@code Int8LayerQuantization},
 * {@code AntLayerQuantization}, {@code LpqLayerQuantization}, {@code DriftLayerQuantization},
 * {@code PanaceaLayerQuantization}), with the registry that offers them by name.
 */
package dev.precis.workloads.tracegen;
