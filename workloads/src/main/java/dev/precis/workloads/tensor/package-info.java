/**
 * Operand tensors: the dense {@link dev.precis.workloads.tensor.FloatTensor} that every other
 * package passes around, seeded synthetic weights and activations per layer (Commons Math
 * distributions, machine-independent) and NumPy {@code .npy} import.
 */
package dev.precis.workloads.tensor;
