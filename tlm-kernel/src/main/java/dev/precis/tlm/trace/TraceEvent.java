package dev.precis.tlm.trace;

/**
 * One entry of the Chrome trace: a span ({@code durationPs >= 0}) or an instant ({@code durationPs < 0}) on the
 * track of component {@code componentId}. {@code order} breaks ties so the file is identical on every engine.
 */
public record TraceEvent(long startPs, long durationPs, int componentId, long order, String name, String category,
                         String detail) implements Comparable<TraceEvent> {
    @Override
    public int compareTo(TraceEvent o) {
        int c = Long.compare(startPs, o.startPs);
        if (c != 0) return c;
        c = Integer.compare(componentId, o.componentId);
        return c != 0 ? c : Long.compare(order, o.order);
    }
}
