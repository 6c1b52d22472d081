package dev.precis.components.pe;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the trace's numeric type names into {@link NumberFormat}s. */
final class NumberFormatParser {
    private static final Pattern SIMPLE = Pattern.compile("(u?)(int|flint|pot)(\\d+)([su]?)");
    private static final Pattern FLOAT = Pattern.compile("(u?)float(\\d+)(?:([su]?)e(\\d+)|\\(e(\\d+)\\))");
    private static final Pattern LP = Pattern.compile("lp\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([-+0-9.eE]+)\\s*\\)");

    private NumberFormatParser() {
    }

    static NumberFormat parse(String name) {
        String t = name.trim().toLowerCase(Locale.ROOT);
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            int bits = Integer.parseInt(m.group(3));
            boolean signed = m.group(1).isEmpty() && !m.group(4).equals("u");
            return switch (m.group(2)) {
                case "int" -> new NumberFormat.IntFormat(bits, signed);
                case "flint" -> new NumberFormat.FlintFormat(bits, signed);
                default -> new NumberFormat.PotFormat(bits, signed);
            };
        }
        m = FLOAT.matcher(t);
        if (m.matches()) {
            int bits = Integer.parseInt(m.group(2));
            boolean signed = m.group(1).isEmpty() && !"u".equals(m.group(3));
            int e = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(5));
            return new NumberFormat.FloatFormat(bits, signed, e);
        }
        m = LP.matcher(t);
        if (m.matches()) {
            return new NumberFormat.LogPositFormat(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Double.parseDouble(m.group(4)));
        }
        throw new IllegalArgumentException("unknown number format '" + name + "' (expected int8, uint8, int4s, flint4u, "
                + "pot4s, float8se4, float8(e4) or lp(n,es,rs,sf))");
    }
}
