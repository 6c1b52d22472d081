package dev.precis.workloads.tensor;

import dev.precis.workloads.zoo.TensorRole;

/**
 * Derives a per-tensor seed from the model seed, the layer index and the tensor's role,
 * with SplitMix64's finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014). Pure integer arithmetic: identical on every JVM and machine,
 * and independent of object hash codes or iteration order.
 */
public final class SeedDerivation {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeedDerivation() {
    }

    public static long tensorSeed(long modelSeed, int layerIndex, TensorRole role) {
        long z = mix(modelSeed + GOLDEN_GAMMA);
        z = mix(z + GOLDEN_GAMMA * (layerIndex + 1L));
        return mix(z + GOLDEN_GAMMA * role.code());
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
