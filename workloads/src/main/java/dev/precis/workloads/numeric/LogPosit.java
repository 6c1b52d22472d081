package dev.precis.workloads.numeric;

/**
 * Logarithmic posit LP(n, es, rs, sf) (Ramachandran et al., DAC 2024, arXiv 2403.05465): a posit
 * whose fraction field holds a fixed-point log2 fraction instead of a linear mantissa.
 *
 * <p>Our reading (the public description is partial, see PAPERS.md section 2):
 * <ul>
 *   <li>{@code 0...0} is zero and {@code 10...0} is NaR (not a real; {@link #decode} returns NaN),
 *       as in standard posits.</li>
 *   <li>Negative values are the two's complement of the positive pattern, so codewords read as
 *       signed n-bit integers are in value order.</li>
 *   <li>After the sign: the regime, a run of identical bits of at most {@code rs} bits; a run of m
 *       ones gives {@code k = m-1}, a run of m zeros {@code k = -m}. A run shorter than {@code rs}
 *       that does not reach the end of the word is closed by one opposite bit; a run of exactly
 *       {@code rs} bits needs no closing bit.</li>
 *   <li>Then up to {@code es} exponent bits {@code e} (bits cut off by the word end count as 0),
 *       then the remaining {@code F} bits as an unsigned fraction {@code f = frac / 2^F}.</li>
 *   <li>Value: {@code (-1)^s * 2^(2^es * k + e + f - sf)}.</li>
 * </ul>
 *
 * @param n codeword width, 2..16
 * @param es exponent bits, 0..4
 * @param rs maximum regime run length, 1..n-1
 * @param sf continuous scale factor (the exponent bias), any finite value
 */
public record LogPosit(int n, int es, int rs, double sf) implements NumericType {

    public LogPosit {
        if (n < 2 || n > 16) {
            throw new IllegalArgumentException("LP: n must be in 2..16, got " + n);
        }
        if (es < 0 || es > 4) {
            throw new IllegalArgumentException("LP: es must be in 0..4, got " + es);
        }
        if (rs < 1 || rs > n - 1) {
            throw new IllegalArgumentException("LP: rs must be in 1..n-1 = " + (n - 1) + ", got " + rs);
        }
        if (!Double.isFinite(sf)) {
            throw new IllegalArgumentException("LP: sf must be finite, got " + sf);
        }
    }

    @Override
    public int bits() {
        return n;
    }

    @Override
    public boolean signed() {
        return true;
    }

    @Override
    public String name() {
        return "lp(" + n + "," + es + "," + rs + "," + sf + ")";
    }

    /** The NaR codeword {@code 10...0}. */
    public int narCode() {
        return 1 << (n - 1);
    }

    /** Log2 of the magnitude of a codeword (NaN for zero and NaR). */
    public double log2Magnitude(int code) {
        NumericType.checkCode(code, n);
        int mask = (1 << n) - 1;
        if (code == 0 || code == narCode()) {
            return Double.NaN;
        }
        int c = (code & narCode()) != 0 ? (-code) & mask : code;
        int pos = n - 2;
        int first = (c >>> pos) & 1;
        int run = 0;
        while (pos >= 0 && ((c >>> pos) & 1) == first && run < rs) {
            run++;
            pos--;
        }
        if (run < rs && pos >= 0) {
            pos--; // the closing bit of a short regime
        }
        int k = first == 1 ? run - 1 : -run;
        int e = 0;
        for (int i = 0; i < es; i++) {
            e <<= 1;
            if (pos >= 0) {
                e |= (c >>> pos) & 1;
                pos--;
            }
        }
        int fractionBits = pos + 1;
        int fraction = c & ((1 << fractionBits) - 1);
        double f = fraction / (double) (1 << fractionBits);
        return (double) (k << es) + e + f - sf;
    }

    @Override
    public double decode(int code) {
        NumericType.checkCode(code, n);
        if (code == 0) {
            return 0.0;
        }
        if (code == narCode()) {
            return Double.NaN;
        }
        double magnitude = Math.pow(2.0, log2Magnitude(code));
        return (code & narCode()) != 0 ? -magnitude : magnitude;
    }

    /** The codeword read as a signed n-bit integer: the order in which LP values increase. */
    public int signedOrder(int code) {
        NumericType.checkCode(code, n);
        return code >= narCode() ? code - (1 << n) : code;
    }
}
