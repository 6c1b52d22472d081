package dev.precis.cli;

import dev.precis.components.report.JsonLine;
import dev.precis.io.Report;
import dev.precis.tlm.SimTime;

/**
 * What {@code precis bench kernel} measured. The record's fields are its JSON form, {@link #text} its text form.
 *
 * @param threads         dispatcher threads (1 on the sequential engine)
 * @param actors          actors hosting the components (0 on the sequential engine)
 * @param simulatedTimePs simulated time at the end of the run
 * @param eventsPerSecond events per wall second, rounded
 * @param digest          the event digest in hexadecimal (equal across engines for the same arguments)
 * @param peakHeapMiB     peak heap use of the measured run
 */
record KernelBenchReport(String model, String engine, int components, int population, int threads, int actors,
                         String status, long events, long simulatedTimePs, double wallSeconds, long eventsPerSecond,
                         String digest, long peakHeapMiB) implements Report {

    @Override
    public String text() {
        return String.format("model %s, engine %s (%d thread(s)), N=%d, population %d%n", model, engine, threads,
                components, population)
                + String.format("status %s: %,d events, simulated %s, wall %.3f s, %,d events/s%n", status, events,
                SimTime.format(simulatedTimePs), wallSeconds, eventsPerSecond)
                + String.format("digest %s, peak heap %d MiB%n", digest, peakHeapMiB);
    }

    @Override
    public String json() {
        return JsonLine.of(this);
    }
}
