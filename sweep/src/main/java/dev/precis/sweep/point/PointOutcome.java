package dev.precis.sweep.point;

/** A finished point: its measurements, or the error that stopped it (the sweep goes on). */
public sealed interface PointOutcome {

    String key();

    Point point();

    record Done(String key, Point point, PointResult result) implements PointOutcome {
    }

    record Failed(String key, Point point, String error) implements PointOutcome {
    }
}
