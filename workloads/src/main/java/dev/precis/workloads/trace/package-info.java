/**
 * The quantized workload trace format, and only the format (specification:
 * workloads/TRACE_FORMAT.md): its record types, the validating streaming {@link
 * dev.precis.workloads.trace.TraceReader}, the atomic {@link dev.precis.workloads.trace.TraceWriter},
 * and the {@link dev.precis.workloads.trace.TraceSummary} that {@code precis trace inspect}
 * renders. A replay needs nothing else: it depends on this package and the zoo's layer shapes and
 * operand roles that the records carry, never on how a trace was produced ({@code tracegen}).
 *
 * <pre>
 * try (TraceReader r = TraceReader.open(path)) {
 *     TraceHeader header = r.header();                       // model, quantizer, seed, batch
 *     for (TraceRecord rec = r.next(); rec != null; rec = r.next()) {
 *         if (rec instanceof LayerRecord layer) { ... }       // shape, GEMM, descriptors, tilings
 *         else if (rec instanceof TileBlock tiles) { ... }   // per-tile columns of one operand
 *         else if (rec instanceof LayerEnd end) { ... }      // per-operand totals (checked)
 *         else if (rec instanceof TraceEnd end) { ... }      // last record
 *     }
 * }
 * </pre>
 *
 * <p>The byte layout ({@code RecordCodec}, {@code PayloadReader}, {@code PayloadWriter}) and the
 * semantic rules ({@code TraceValidator}, applied by reader and writer alike) are package-private.
 */
package dev.precis.workloads.trace;
