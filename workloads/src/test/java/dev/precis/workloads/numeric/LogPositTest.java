package dev.precis.workloads.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogPositTest {

    private static final double[] SCALE_FACTORS = {0.0, 1.5, -2.25};

    @Test
    void everyCodeOfEveryLpUpToEightBitsRoundTrips() {
        int checked = 0;
        for (int n = 2; n <= 8; n++) {
            for (int es = 0; es <= 3; es++) {
                for (int rs = 1; rs <= n - 1; rs++) {
                    for (double sf : SCALE_FACTORS) {
                        LogPosit lp = new LogPosit(n, es, rs, sf);
                        Codebook cb = lp.codebook();
                        for (int code = 0; code < lp.codeCount(); code++) {
                            if (code == lp.narCode()) {
                                assertThat(lp.decode(code)).isNaN();
                                continue;
                            }
                            double v = lp.decode(code);
                            assertThat(cb.encode(v)).as("%s code %d", lp.name(), code).isEqualTo(code);
                            assertThat(cb.nearestCode(v)).isEqualTo(code);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void valuesIncreaseStrictlyWithTheCodeReadAsASignedInteger() {
        for (int n = 2; n <= 8; n++) {
            for (int es = 0; es <= 3; es++) {
                for (int rs = 1; rs <= n - 1; rs++) {
                    for (double sf : SCALE_FACTORS) {
                        LogPosit lp = new LogPosit(n, es, rs, sf);
                        double previous = Double.NEGATIVE_INFINITY;
                        // signed order: most negative after NaR up to the largest positive
                        for (int s = -(1 << (n - 1)) + 1; s < (1 << (n - 1)); s++) {
                            int code = s & ((1 << n) - 1);
                            double v = lp.decode(code);
                            assertThat(v).as("%s code %d", lp.name(), code).isGreaterThan(previous);
                            assertThat(lp.decode((-code) & ((1 << n) - 1))).isEqualTo(-v == 0.0 ? 0.0 : -v);
                            previous = v;
                        }
                    }
                }
            }
        }
    }

    @Test
    void regimeExponentAndLogFractionFollowTheLayout() {
        LogPosit p = new LogPosit(8, 1, 7, 0.0);
        assertThat(p.decode(0b0100_0000)).isEqualTo(1.0);        // regime "10": k=0
        assertThat(p.decode(0b0110_0000)).isEqualTo(4.0);        // regime "110": k=1, useed = 2^2^1
        assertThat(p.decode(0b0101_0000)).isEqualTo(2.0);        // k=0, e=1
        assertThat(p.decode(0b0010_0000)).isEqualTo(0.25);       // regime "01": k=-1
        LogPosit q = new LogPosit(8, 0, 7, 0.0);
        assertThat(q.decode(0b0101_1000)).isEqualTo(Math.pow(2, 0.75)); // fraction 11000/2^5 in log2
        assertThat(q.decode((-0b0101_1000) & 0xff)).isEqualTo(-Math.pow(2, 0.75));
        LogPosit scaled = new LogPosit(8, 1, 7, 3.0);
        assertThat(scaled.decode(0b0100_0000)).isEqualTo(0.125);
    }

    @Test
    void regimeRunIsCappedAtRsWithoutAClosingBit() {
        LogPosit capped = new LogPosit(6, 0, 2, 0.0);
        // "0 11 101": run of two ones reaches rs -> k=1, the next bits are all fraction (3 bits)
        assertThat(capped.decode(0b011101)).isEqualTo(Math.pow(2, 1 + 5 / 8.0));
        // "0 00 011": k=-2, fraction 3/8
        assertThat(capped.decode(0b000011)).isEqualTo(Math.pow(2, -2 + 3 / 8.0));
        // the uncapped reading of "0 11101" closes the regime after three ones: k=2
        assertThat(new LogPosit(6, 0, 5, 0.0).decode(0b011101)).isEqualTo(Math.pow(2, 2 + 1 / 2.0));
    }

    @Test
    void quantizeSaturatesAtMaxposAndRoundsTinyValuesToZeroOrMinpos() {
        LogPosit lp = new LogPosit(6, 1, 5, 0.0);
        Codebook cb = lp.codebook();
        assertThat(cb.quantize(1e30)).isEqualTo(cb.max());
        assertThat(cb.quantize(-1e30)).isEqualTo(cb.min());
        assertThat(cb.quantize(1e-30)).isEqualTo(0.0);
    }

    @Test
    void badParametersAreRejectedByName() {
        assertThatThrownBy(() -> new LogPosit(8, 1, 8, 0)).hasMessageContaining("rs");
        assertThatThrownBy(() -> new LogPosit(1, 0, 1, 0)).hasMessageContaining("n must");
        assertThatThrownBy(() -> new LogPosit(8, 5, 3, 0)).hasMessageContaining("es");
    }
}
