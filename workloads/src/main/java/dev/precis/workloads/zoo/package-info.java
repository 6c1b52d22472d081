/**
 * Model zoo: exact GEMM-layer lists of the benchmark networks (canonical and as the ANT
 * artifact lists them), their convolution-to-GEMM lowering and the roles of a layer's GEMM
 * operands ({@link dev.precis.workloads.zoo.TensorRole}), importers for SCALE-Sim topologies and
 * plain GEMM lists, and {@link dev.precis.workloads.zoo.ModelResolver}, which turns a
 * {@code --model} argument into a model.
 */
package dev.precis.workloads.zoo;
