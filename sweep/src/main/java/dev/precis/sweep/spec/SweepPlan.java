package dev.precis.sweep.spec;

import dev.precis.sweep.point.Point;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked sweep file expanded into its points, in the file's deterministic order.
 *
 * @param file          the sweep file
 * @param points        every distinct point
 * @param parameterKeys every parameter a point may set, sorted (the result table's parameter columns)
 * @param duplicates    points the expansion produced more than once (sampled integers can coincide), run once
 */
public record SweepPlan(Path file, List<Point> points, List<String> parameterKeys, int duplicates) {

    public SweepPlan {
        points = List.copyOf(points);
        parameterKeys = List.copyOf(parameterKeys);
    }
}
