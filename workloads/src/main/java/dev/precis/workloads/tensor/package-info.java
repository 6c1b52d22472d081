/**
 * Operand tensors: seeded synthetic weights and activations per layer (Commons Math
 * distributions, machine-independent) and NumPy {@code .npy} import.
 */
package dev.precis.workloads.tensor;
