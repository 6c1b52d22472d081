package dev.precis.sweep.run;

/** Marker of every message crossing between a sweep's coordinator and its workers (bound to the cluster serializer). */
public interface SweepMessage {
}
