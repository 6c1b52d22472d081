/**
 * A layer's two GEMM operands as a quantizer sees them: views that present any operand tensor as
 * {@code groups} matrices of rows along K without copying ({@link
 * dev.precis.workloads.operand.GemmOperands}: im2col for convolutions, transposition for an
 * attention product's second operand), the {@link dev.precis.workloads.operand.TileScanner} that
 * walks their tiles in trace order, and the sources of the float tensors behind them (seeded
 * synthetic, or {@code .npy} files through {@link dev.precis.workloads.operand.NpyOperandSource}).
 */
package dev.precis.workloads.operand;
