package dev.precis.sweep.point;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One point of a sweep: what runs (accelerator preset, model, quantizer, batch) and the parameter assignment
 * applied to the accelerator by path ({@code pe.rows = 32}). Values are kept as the text the sweep file gave, in
 * canonical form, so that the point's key does not depend on how a number was written.
 */
public record Point(String accelerator, String model, String quantizer, int batch, SortedMap<String, String> parameters) {

    public Point {
        if (accelerator == null || accelerator.isBlank() || model == null || model.isBlank()
                || quantizer == null || quantizer.isBlank()) {
            throw new IllegalArgumentException("a point needs an accelerator, a model and a quantizer");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    public static Point of(String accelerator, String model, String quantizer, int batch, Map<String, String> parameters) {
        return new Point(accelerator, model, quantizer, batch, new TreeMap<>(parameters));
    }

    /** The full configuration as one line, parameters in key order: what the point's key is derived from. */
    public String canonical() {
        StringBuilder b = new StringBuilder();
        b.append("accelerator=").append(accelerator).append(";model=").append(model).append(";quantizer=")
                .append(quantizer).append(";batch=").append(batch);
        parameters.forEach((k, v) -> b.append(';').append(k).append('=').append(v));
        return b.toString();
    }

    /** A short human label: accelerator/model/quantizer and the parameters. */
    public String label() {
        StringBuilder b = new StringBuilder(accelerator).append('/').append(model).append('/').append(quantizer);
        if (batch != 1) b.append(" batch=").append(batch);
        parameters.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        return b.toString();
    }
}
