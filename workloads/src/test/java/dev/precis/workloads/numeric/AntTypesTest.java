package dev.precis.workloads.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AntTypesTest {

    @Test
    void potFourBitGridsArePowersOfTwoWithZero() {
        assertThat(new PotType(4, false).grid()).containsExactly(
                0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384);
        assertThat(new PotType(4, true).grid()).containsExactly(
                -64, -32, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 32, 64);
        assertThat(new PotType(4, true).codeword(new PotType(4, true).encode(-8))).isEqualTo("1100");
    }

    @Test
    void floatFourBitUnsignedHasSubnormalsAndOneMantissaBit() {
        FloatType t = FloatType.ant(4, false);
        assertThat(t.exponentBits()).isEqualTo(3);
        assertThat(t.grid()).containsExactly(0, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96);
        assertThat(t.decode(0b0001)).isEqualTo(0.5);
        assertThat(t.decode(0b0111)).isEqualTo(6.0);
    }

    @Test
    void floatExponentBitsAreConfigurable() {
        FloatType e2 = new FloatType(5, false, 2);
        // e=0: 0, .125..; e=1: 1..1.875; e=2: 2..3.75; e=3: 4..7.5
        assertThat(e2.grid()).hasSize(32).startsWith(0, 0.125, 0.25).endsWith(7.0, 7.5);
        assertThat(FloatType.ant(3, true).exponentBits()).isEqualTo(2);
        assertThatThrownBy(() -> new FloatType(4, true, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exponentBits");
    }

    @Test
    void intSignedUsesTwosComplementCodewords() {
        IntType t = new IntType(4, true);
        assertThat(t.grid()).containsExactly(-8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(t.codeword(t.encode(-1))).isEqualTo("1111");
        assertThat(t.codeword(t.encode(-8))).isEqualTo("1000");
        assertThat(t.decode(0b0111)).isEqualTo(7.0);
        assertThat(new IntType(4, false).grid()).hasSize(16).startsWith(0).endsWith(15);
    }

    @Test
    void intRoundsHalfwayUpAndSaturates() {
        IntType t = new IntType(4, true);
        assertThat(t.quantize(2.5)).isEqualTo(3.0);
        assertThat(t.quantize(-2.5)).isEqualTo(-2.0);
        assertThat(t.quantize(100)).isEqualTo(7.0);
        assertThat(t.quantize(-100)).isEqualTo(-8.0);
    }

    @Test
    void codebookTieGoesToTheLargerNeighbourAndEndsSaturate() {
        Codebook cb = new FlintType(4, false).codebook();
        assertThat(cb.quantize(2.5)).isEqualTo(3.0);  // between 2 and 3
        assertThat(cb.quantize(6.0)).isEqualTo(8.0);  // between 4 and 8
        assertThat(cb.quantize(5.999)).isEqualTo(4.0);
        assertThat(cb.quantize(1e9)).isEqualTo(8.0);
        assertThat(cb.quantize(-3)).isEqualTo(0.0);
        assertThat(cb.nearestCode(2.9)).isEqualTo(0b1101);
        // all types agree with the integer rounding rule on their own grid
        assertThat(new IntType(8, true).codebook().quantize(-3.5)).isEqualTo(new IntType(8, true).quantize(-3.5));
    }

    @Test
    void encodingAValueOffTheGridFailsWithTheTypeName() {
        assertThatThrownBy(() -> new FlintType(4, false).encode(5.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flint4u");
        assertThatThrownBy(() -> new PotType(4, false).decode(16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4-bit");
    }
}
