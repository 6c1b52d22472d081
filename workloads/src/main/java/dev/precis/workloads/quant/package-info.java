/**
 * Quantizers of the four accelerators' papers (ANT type selection and per-layer precision plans,
 * LPQ genetic search over logarithmic posits, Drift per-tile dynamic precision, Panacea bit-slice
 * statistics) and a static int-k baseline. Each takes plain float arrays with an explicit shape
 * ({@link dev.precis.workloads.tensor.FloatTensor}) and returns a per-layer result record that
 * carries the quantized codes and the statistics a trace writer records.
 *
 * <p>GEMM view used throughout: activations are an {@code [M, K]} row-major matrix (the lowered
 * input of a layer), weights an {@code [N, K]} matrix (output channel first, PyTorch layout
 * flattened), output {@code Y[m][n] = sum_k A[m][k] * W[n][k]}.
 */
package dev.precis.workloads.quant;
