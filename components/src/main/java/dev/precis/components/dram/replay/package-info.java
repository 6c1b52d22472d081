/**
 * Standalone trace replay: DRAMSim3-format traces ({@code 0xADDR READ|WRITE CYCLE}, plain or gzip)
 * replayed open loop with back-pressure ({@link dev.precis.components.dram.replay.DramTraceReplay}) and
 * the report of a replay in its text and JSON forms ({@link dev.precis.components.dram.replay.DramReport}).
 */
package dev.precis.components.dram.replay;
