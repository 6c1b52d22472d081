/**
 * Panacea's RLE dataflow (HPCA 2025, arXiv 2412.10059) as kernel components: the RLE encoder
 * ({@code rle-encoder}) compresses activation WRITE transfers before write-back and the decoder
 * ({@code rle-decoder}) reads compressed transfers and expands them on load
 * ({@link dev.precis.components.panacea.RleCodecComponent}); the bit-slice arrays themselves are in
 * {@link dev.precis.components.pe} ({@code panacea-array}, {@code sibia-array}).
 *
 * <h2>How the paper's mechanism maps to components</h2>
 * <ul>
 *   <li>AQS-GEMM's sparse HO slices and dense LO slices: {@code panacea-array}'s dynamic operator computes only
 *       the HO slice vectors that are neither zero nor the layer's frequent value, its static operator every LO
 *       slice vector, its compensator adds the frequent-value term {@code r 2^L sum(w)} from weight sums; the
 *       Sibia-style baseline {@code sibia-array} skips only zero HO vectors. Each COMPUTE block carries its
 *       activation slice statistics ({@link dev.precis.components.pe.SliceStats}, {@code pe.slices}: the trace's
 *       HO_SLICES tile fields summed over the block).</li>
 *   <li>"RLE on activations to cut external memory traffic": a transfer carrying {@code pe.slices} leaves the
 *       codec at {@code values x loBits + rleBits} bits instead of {@code values x 8}; the codec adds its own
 *       latency and throughput. ZPM and DBS act in the workloads' quantizer; their effect arrives here as the
 *       slice statistics (more frequent vectors with ZPM, a per-layer HO/LO split with DBS), so the ablations are
 *       traces made with {@code zpm=false} / {@code dbs=false}.</li>
 * </ul>
 *
 * <h2>Our reconstruction</h2>
 * The public summary gives the mechanism, not the hardware's numbers: unit counts (256 slice-vector units of 16
 * 4x4 multipliers, split evenly between the two operators), the compensator's 64 adders, the codec's 64 values
 * and 4 runs per cycle, pipeline depths and the perfectly balanced work within a block are ours, as are all
 * energies and areas ({@link dev.precis.components.energy.DatapathCosts}). Sibia's defaults match Panacea's
 * multipliers so the two differ only in what they skip; they are not Sibia's published configuration.
 */
package dev.precis.components.panacea;
