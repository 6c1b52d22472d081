package dev.precis.workloads.onnx;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The activations of a model run on {@code samples} inputs: per value name, one C-order array holding
 * the value of every sample, sample after sample, and the value's shape for one sample as ONNX
 * Runtime reported it.
 */
public final class CapturedActivations {

    private final int samples;
    private final Map<String, float[]> values;
    private final Map<String, int[]> shapes;

    CapturedActivations(int samples, Map<String, float[]> values, Map<String, int[]> shapes) {
        this.samples = samples;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    }

    public int samples() {
        return samples;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every sample's value of {@code name}, sample after sample; not a copy, do not modify. */
    public float[] values(String name) {
        float[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no captured activation named " + name);
        }
        return v;
    }

    /** The shape of one sample's value of {@code name}. */
    public int[] sampleShape(String name) {
        int[] s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no captured activation named " + name);
        }
        return s.clone();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("captured " + samples + " samples:");
        shapes.forEach((n, shape) -> s.append(' ').append(n).append(Arrays.toString(shape)));
        return s.toString();
    }
}
