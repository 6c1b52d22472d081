package dev.precis.workloads.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.workloads.zoo.TensorRole;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedDerivationTest {

    @Test
    void everyLayerAndRoleGetsItsOwnSeed() {
        Set<Long> seeds = new HashSet<>();
        for (long model : new long[] {0, 1, 42}) {
            for (int layer = 0; layer < 200; layer++) {
                for (TensorRole role : TensorRole.values()) {
                    seeds.add(SeedDerivation.tensorSeed(model, layer, role));
                }
            }
        }
        assertThat(seeds).hasSize(3 * 200 * TensorRole.values().length);
    }

    @Test
    void derivationIsAFixedFunctionOfItsInputs() {
        // SplitMix64's first output for seed 0 is 0xE220A8397B1DCDAF (reference implementation).
        assertThat(SeedDerivation.mix(0x9E3779B97F4A7C15L)).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(SeedDerivation.tensorSeed(5, 7, TensorRole.WEIGHT))
                .isEqualTo(SeedDerivation.tensorSeed(5, 7, TensorRole.WEIGHT));
    }
}
