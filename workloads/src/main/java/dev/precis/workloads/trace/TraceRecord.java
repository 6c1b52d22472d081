package dev.precis.workloads.trace;

/** One record of a trace file, in file order: header, then per layer a layer record, tile blocks and a layer end, then the end record. */
public sealed interface TraceRecord permits TraceHeader, LayerRecord, TileBlock, LayerEnd, TraceEnd {
}
