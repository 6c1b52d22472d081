package dev.precis.workloads.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlintTypeTest {

    private static double[] decodeAllSorted(NumericType t) {
        double[] v = new double[t.codeCount()];
        for (int c = 0; c < v.length; c++) {
            v[c] = t.decode(c) == 0.0 ? 0.0 : t.decode(c);
        }
        Arrays.sort(v);
        return v;
    }

    @Test
    void unsignedFourBitGridIsExactlyThePapersList() {
        assertThat(new FlintType(4, false).grid()).containsExactly(
                0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1, 1.25, 1.5, 1.75, 2, 3, 4, 8);
    }

    @Test
    void signedFourBitGridIsExactlyThePapersListPaddedWithASecondZero() {
        FlintType t = new FlintType(4, true);
        assertThat(t.grid()).containsExactly(-4, -2, -1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 4);
        assertThat(decodeAllSorted(t)).containsExactly(
                -4, -2, -1.5, -1, -0.75, -0.5, -0.25, 0, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 4);
    }

    @Test
    void unsignedCodewordsFollowTheFirstOneExponentCode() {
        FlintType t = new FlintType(4, false);
        assertThat(t.decode(0b0000)).isEqualTo(0.0);
        assertThat(t.decode(0b0001)).isEqualTo(0.125);
        assertThat(t.decode(0b0011)).isEqualTo(0.375);
        assertThat(t.decode(0b0110)).isEqualTo(0.75);
        assertThat(t.decode(0b1011)).isEqualTo(1.75);
        assertThat(t.decode(0b1101)).isEqualTo(3.0);
        assertThat(t.decode(0b1110)).isEqualTo(4.0);
        assertThat(t.decode(0b1111)).isEqualTo(8.0);
        assertThat(t.codeword(t.encode(3.0))).isEqualTo("1101");
    }

    @Test
    void signedCodewordIsSignThenThreeBitFlintMagnitude() {
        FlintType t = new FlintType(4, true);
        assertThat(t.decode(0b1111)).isEqualTo(-4.0);
        assertThat(t.decode(0b0101)).isEqualTo(1.5);
        assertThat(t.decode(0b1001)).isEqualTo(-0.25);
        assertThat(t.encode(0.0)).isZero();
        assertThat(t.encode(-0.0)).isZero();
    }

    /** Grid written out from the artifact's generation rule, independently of the decoder. */
    private static List<Double> ruleGrid(int valueBits, boolean signed) {
        List<Double> g = new ArrayList<>();
        g.add(0.0);
        for (int eb = 2; eb <= valueBits; eb++) {
            int m = valueBits - eb;
            for (int j = 0; j < (1 << m); j++) {
                g.add(Math.pow(2, -(eb - 1)) * (1 + j / Math.pow(2, m)));
            }
        }
        for (int i = 0; i <= valueBits - 2; i++) {
            int m = i == 0 ? valueBits - 2 : valueBits - (i + 2);
            for (int j = 0; j < (1 << m); j++) {
                g.add(Math.pow(2, i) * (1 + j / Math.pow(2, m)));
            }
        }
        g.add(Math.pow(2, valueBits - 1));
        if (signed) {
            List<Double> neg = new ArrayList<>();
            for (double v : g) {
                if (v != 0) {
                    neg.add(-v);
                }
            }
            g.addAll(neg);
            g.add(0.0);
        }
        g.sort(Double::compare);
        return g;
    }

    @Test
    void eightBitGridsFollowTheGeneralRuleWithEveryCodeUsed() {
        for (boolean signed : new boolean[] {false, true}) {
            FlintType t = new FlintType(8, signed);
            List<Double> expected = ruleGrid(t.valueBits(), signed);
            assertThat(expected).hasSize(256);
            double[] decoded = decodeAllSorted(t);
            assertThat(decoded).containsExactly(expected.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    @Test
    void unsignedCodewordOrderIsValueOrder() {
        for (int bits : new int[] {4, 8}) {
            FlintType t = new FlintType(bits, false);
            for (int c = 1; c < t.codeCount(); c++) {
                assertThat(t.decode(c)).as("code %d", c).isGreaterThan(t.decode(c - 1));
            }
        }
    }

    @Test
    void everyValueRoundTripsThroughItsCodeword() {
        for (boolean signed : new boolean[] {false, true}) {
            for (int bits : new int[] {4, 8}) {
                FlintType t = new FlintType(bits, signed);
                for (double v : t.grid()) {
                    assertThat(t.decode(t.encode(v))).isEqualTo(v);
                }
            }
        }
    }
}
