/**
 * Standalone trace replay: DRAMSim3-format traces ({@code 0xADDR READ|WRITE CYCLE}, plain or gzip)
 * replayed open loop with back-pressure ({@link dev.precis.components.dram.replay.DramTraceReplay}),
 * the report record ({@link dev.precis.components.dram.replay.DramReport}) and the timing used by
 * {@code precis bench dram} ({@link dev.precis.components.dram.replay.DramBench}).
 */
package dev.precis.components.dram.replay;
