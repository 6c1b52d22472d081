package dev.precis.components.pe;

/**
 * The numeric format of a GEMM operand as a PE array needs to know it: the family that fixes which decoder
 * it passes (ANT's int, flint, PoT, float; LPA's logarithmic posit) and its width. Parsed from the type names
 * of the quantized workload trace (workloads/TRACE_FORMAT.md): {@code int8}, {@code uint8}, {@code int4s},
 * {@code flint4u}, {@code pot4s}, {@code float8se4} or {@code float8(e4)}, {@code lp(8,1,3,0.5)}.
 */
public sealed interface NumberFormat {

    /** Stored bits per value. */
    int bits();

    /** The family name as the trace spells it: int, flint, pot, float, lp. */
    String family();

    /** Two's complement or sign-magnitude integer. */
    record IntFormat(int bits, boolean signed) implements NumberFormat {
        public IntFormat { requireBits(bits); }
        @Override public String family() { return "int"; }
    }

    /** ANT's float-int hybrid. */
    record FlintFormat(int bits, boolean signed) implements NumberFormat {
        public FlintFormat { requireBits(bits); }
        @Override public String family() { return "flint"; }
    }

    /** Power of two (sign and exponent only). */
    record PotFormat(int bits, boolean signed) implements NumberFormat {
        public PotFormat { requireBits(bits); }
        @Override public String family() { return "pot"; }
    }

    /** Small float with {@code exponentBits} exponent bits. */
    record FloatFormat(int bits, boolean signed, int exponentBits) implements NumberFormat {
        public FloatFormat {
            requireBits(bits);
            if (exponentBits < 1 || exponentBits >= bits) {
                throw new IllegalArgumentException("float format needs 1 <= exponentBits < bits, got e" + exponentBits
                        + " of " + bits + " bits");
            }
        }
        @Override public String family() { return "float"; }
    }

    /**
     * Logarithmic posit LP(n, es, rs, sf) (Ramachandran et al., DAC 2024): sign, a regime run of at most
     * {@code rs} bits, {@code es} exponent bits, and the rest a fixed-point log2 fraction.
     */
    record LogPositFormat(int bits, int es, int rs, double sf) implements NumberFormat {
        public LogPositFormat {
            requireBits(bits);
            if (es < 0 || rs < 1 || rs > bits - 1 || !Double.isFinite(sf)) {
                throw new IllegalArgumentException("lp format needs es >= 0, 1 <= rs <= n-1 and a finite sf, got lp("
                        + bits + "," + es + "," + rs + "," + sf + ")");
            }
        }

        @Override public String family() { return "lp"; }

        /**
         * Bits left for the log fraction in the longest-fraction codeword: after the sign, the shortest regime
         * (two bits: a run of one and its closing bit; one bit when rs = 1) and the exponent.
         */
        public int maxFractionBits() {
            int shortestRegime = rs == 1 ? 1 : 2;
            return Math.max(0, bits - 1 - shortestRegime - es);
        }
    }

    private static void requireBits(int bits) {
        if (bits < 1 || bits > 32) throw new IllegalArgumentException("format width must be 1..32 bits, got " + bits);
    }

    /** The format named {@code name} as the trace writes it; an unknown name is an error that shows the accepted forms. */
    static NumberFormat parse(String name) {
        return NumberFormatParser.parse(name);
    }
}
