package dev.precis.sweep.eval;

import java.util.List;
import java.util.Locale;

/**
 * A parameter an evaluator accepts: its path, what it means, and its type and range. {@link #parse} is the one
 * place a value's text is checked, so the sweep file loader and the evaluator agree on what is valid.
 *
 * @param key     the path, as written in a sweep file ({@code pe.rows})
 * @param meaning what the parameter sets, with its unit
 * @param min     smallest value (numbers)
 * @param max     largest value (numbers)
 * @param integer whether only integers are valid
 * @param choices the valid words (an empty list for numbers)
 */
public record ParameterSpec(String key, String meaning, double min, double max, boolean integer, List<String> choices) {

    public ParameterSpec {
        choices = List.copyOf(choices);
    }

    public static ParameterSpec integer(String key, String meaning, long min, long max) {
        return new ParameterSpec(key, meaning, min, max, true, List.of());
    }

    public static ParameterSpec number(String key, String meaning, double min, double max) {
        return new ParameterSpec(key, meaning, min, max, false, List.of());
    }

    public static ParameterSpec choice(String key, String meaning, List<String> choices) {
        return new ParameterSpec(key, meaning, 0, 0, false, choices);
    }

    /** The value as a number, or the chosen word's index; fails naming the accepted type and range. */
    public double parse(String text) {
        if (!choices.isEmpty()) {
            int i = choices.indexOf(text.toLowerCase(Locale.ROOT));
            if (i < 0) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + choices + " (" + meaning + ")");
            }
            return i;
        }
        double v;
        try {
            v = integer ? Long.parseLong(text) : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + (integer ? "an integer" : "a number")
                    + " (" + meaning + ")");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(text + " is outside " + format(min) + ".." + format(max) + " (" + meaning + ")");
        }
        return v;
    }

    /** The chosen word (choices only). */
    public String word(String text) {
        return choices.get((int) parse(text));
    }

    private String format(double v) {
        return integer || v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
