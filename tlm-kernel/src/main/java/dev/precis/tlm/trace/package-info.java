/**
 * Tracing of a run: transaction events for Chrome's trace viewer ({@link dev.precis.tlm.trace.ChromeTraceWriter})
 * and signal changes for VCD waveform viewers ({@link dev.precis.tlm.trace.VcdWriter}).
 */
package dev.precis.tlm.trace;
