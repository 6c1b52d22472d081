/**
 * Processing-element arrays. Pure timing models (no kernel types): the systolic array
 * ({@link dev.precis.components.pe.SystolicArray}: output-, weight- and input-stationary, each fold timed from
 * fill, steady state and drain as SCALE-Sim v2 counts them) and the precision-flexible bit-brick array
 * ({@link dev.precis.components.pe.BitBrickArray}: BitFusion's fused bricks, throughput scaled by the ANT
 * artifact's precision factor, with a configurable precision-switch cost).
 *
 * <p>The precision-adaptive arrays, each a pure model plus a component on
 * {@link dev.precis.components.pe.ComputeArrayComponent} (ACCEL_CONTRACT.md's protocol: target port {@code in},
 * COMPUTE blocks carrying {@link dev.precis.components.pe.ComputeWork}, answered when the last MAC is done;
 * statistics busyCycles, macs, macs.w&lt;W&gt;a&lt;A&gt;, computeEnergyPj, leakagePowerMw, areaMm2):
 * <ul>
 *   <li>{@code ant-pe-array} ({@link dev.precis.components.pe.AntPeArray}): ANT (MICRO 2022). Decoders for int,
 *       flint, PoT and float at the array edges in front of bit-brick integer MACs; the bit-brick array's timing
 *       plus one decode stage; more area (decoders, a per-product exponent adder and shifter, a pipeline
 *       register); per-format energy from the {@link dev.precis.components.pe.OperandFormats} ({@code pe.formats})
 *       a block carries. The PE's per-cycle energy and leakage are the ANT artifact's synthesis figures; the
 *       decoder and exponent path are our reconstruction ({@link dev.precis.components.pe.AntDecoderCosts}).
 *       {@code costModel = artifact} charges the artifact's PE energy only, as the artifact does;
 *       {@code variant = bitfusion} is the plain BitFusion array (int only).</li>
 *   <li>{@code lpa-pe-array} ({@link dev.precis.components.pe.LpaPeArray}): LPA (DAC 2024). Log-domain multiply
 *       (an adder), conversion to linear (a table of 2^f mantissas and a shifter), fixed-point accumulation;
 *       each layer's LP(n, es, rs, sf) from {@code pe.formats}; the log adder splits for narrow words. Our
 *       reconstruction of a PE the paper only names.</li>
 *   <li>{@code panacea-array} and {@code sibia-array} ({@link dev.precis.components.pe.BitSliceArray}): bit-slice
 *       GEMM units timed and costed from the block's {@link dev.precis.components.pe.SliceStats}
 *       ({@code pe.slices}): see {@link dev.precis.components.panacea}.</li>
 * </ul>
 * Energies and areas without a synthesised figure come from {@link dev.precis.components.energy.DatapathCosts}.
 */
package dev.precis.components.pe;
