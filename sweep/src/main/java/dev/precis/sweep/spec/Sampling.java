package dev.precis.sweep.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Draws {@code points} assignments of the sampled ranges, seeded: {@code RANDOM} draws each value uniformly and
 * independently; {@code LATIN_HYPERCUBE} cuts every range into {@code points} equal strata and gives each stratum of
 * each range exactly one point, the strata of different ranges paired by seeded permutations (McKay, Beckman and
 * Conover 1979). Ranges are drawn in key order, so the same file and seed give the same points everywhere.
 */
public record Sampling(Method method, int points, long seed, List<SampledRange> ranges) {

    public enum Method { RANDOM, LATIN_HYPERCUBE }

    public Sampling {
        ranges = List.copyOf(ranges);
    }

    public List<Map<String, String>> draw() {
        RandomGenerator rng = new MersenneTwister(seed);
        List<Map<String, String>> out = new ArrayList<>(points);
        for (int i = 0; i < points; i++) out.add(new LinkedHashMap<>());
        for (SampledRange r : ranges) {
            int[] strata = MathArrays.natural(points);
            if (method == Method.LATIN_HYPERCUBE) MathArrays.shuffle(strata, rng);
            for (int i = 0; i < points; i++) {
                double u = method == Method.LATIN_HYPERCUBE ? (strata[i] + rng.nextDouble()) / points : rng.nextDouble();
                out.get(i).put(r.key(), r.valueAt(u));
            }
        }
        return out;
    }
}
