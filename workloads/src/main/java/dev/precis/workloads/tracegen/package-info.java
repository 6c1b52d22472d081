/**
 * Producing quantized workload traces: the {@link dev.precis.workloads.tracegen.TraceGenerator}
 * that drives a {@link dev.precis.workloads.tracegen.LayerQuantization} over a model's operands
 * and streams the result through the {@code trace} writer, and the per-quantizer adapters that
 * turn the {@code quant} quantizers' results into trace records ({@code Int8LayerQuantization},
 * {@code AntLayerQuantization}, {@code LpqLayerQuantization}, {@code DriftLayerQuantization},
 * {@code PanaceaLayerQuantization}).
 *
 * <p>Quantizers describe themselves: each {@link dev.precis.workloads.tracegen.QuantizerType}
 * (found through {@link java.util.ServiceLoader} by {@link dev.precis.workloads.tracegen.QuantizerRegistry})
 * declares its options once in a {@link dev.precis.workloads.tracegen.QuantizerDescriptor}, the
 * single source of their defaults and ranges, of {@code --param} parsing, of the settings the
 * trace header records under the same names, and of {@code precis info}'s catalogue.
 */
package dev.precis.workloads.tracegen;
