/**
 * Model zoo: exact GEMM-layer lists of the benchmark networks (canonical and as the ANT
 * artifact lists them), their convolution-to-GEMM lowering, and importers for SCALE-Sim
 * topologies and plain GEMM lists.
 */
package dev.precis.workloads.zoo;
