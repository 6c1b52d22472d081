/**
 * Runs zoo models and SCALE-Sim topologies on the systolic-array timing model
 * ({@link dev.precis.components.pe.SystolicArray}): each layer's GEMM view, timed per dataflow.
 */
package dev.precis.accelerators.systolic;
