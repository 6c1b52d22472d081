package dev.precis.sweep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The points no other point beats on both of two figures to minimise (here cycles and energy). */
public final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * The non-dominated items, in increasing {@code x}: an item is on the front unless another has {@code x} and
     * {@code y} both no larger and one smaller. Of items with equal figures the first in {@code items} is kept.
     */
    public static <T> List<T> of(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(x).thenComparingDouble(y));
        List<T> front = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (T t : sorted) {
            if (y.applyAsDouble(t) < best) {
                front.add(t);
                best = y.applyAsDouble(t);
            }
        }
        return front;
    }
}
