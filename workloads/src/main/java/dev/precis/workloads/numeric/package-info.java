/**
 * Numeric types as bit patterns: each type maps codewords to values and back, lists its full
 * value grid and rounds a real number to the nearest representable value.
 *
 * <p>Types: two's-complement / unsigned {@link dev.precis.workloads.numeric.IntType}, the ANT
 * family ({@link dev.precis.workloads.numeric.FlintType}, {@link dev.precis.workloads.numeric.PotType},
 * {@link dev.precis.workloads.numeric.FloatType}) whose grids follow the ANT artifact's
 * {@code flint_value}/{@code pot_value}/{@code float_value}/{@code int_value}, and the logarithmic
 * posit {@link dev.precis.workloads.numeric.LogPosit}. {@link dev.precis.workloads.numeric.AffineQuantization}
 * holds scale and zero point of int-k symmetric and asymmetric quantization, per tensor or per
 * output channel.
 *
 * <p>Tie rule, everywhere in this package: a value exactly half-way between two neighbours of the
 * grid rounds to the larger one (towards +infinity). This is what the ANT artifact's CUDA kernel
 * does (it scans the ascending grid and keeps the last of equally near values, {@code <=}), and it is
 * the {@code floor(x + 0.5)} rounding of the affine int quantizers.
 */
package dev.precis.workloads.numeric;
