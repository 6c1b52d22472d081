package dev.precis.components.dram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * An integer expression over named timing parameters, in cycles: integer literals,
 * identifiers ({@code tRCD}, {@code RL}, ...), {@code + - *}, parentheses and
 * {@code max(...)}/{@code min(...)}. Parsed once; evaluated against a parameter map.
 * This is what lets a DRAM standard be a table of data rather than code.
 */
final class LatencyExpression {

    private final String source;
    private final ToIntFunction<Map<String, Integer>> evaluator;
    private final Set<String> parameters;

    private LatencyExpression(String source, ToIntFunction<Map<String, Integer>> evaluator, Set<String> parameters) {
        this.source = source;
        this.evaluator = evaluator;
        this.parameters = Set.copyOf(parameters);
    }

    public static LatencyExpression parse(String source) {
        Parser parser = new Parser(source);
        ToIntFunction<Map<String, Integer>> root = parser.expression();
        parser.skipSpaces();
        if (parser.pos != source.length()) {
            throw parser.error("unexpected '" + source.charAt(parser.pos) + "'");
        }
        return new LatencyExpression(source, root, parser.identifiers);
    }

    /** Evaluates the expression; a parameter missing from {@code parametersCycles} is an error naming it. */
    public int evaluate(Map<String, Integer> parametersCycles) {
        for (String name : parameters) {
            if (!parametersCycles.containsKey(name)) {
                throw new IllegalArgumentException("timing expression '" + source + "' uses parameter '" + name
                        + "' which the configuration does not define; known: " + new TreeSet<>(parametersCycles.keySet()));
            }
        }
        return evaluator.applyAsInt(parametersCycles);
    }

    /** Names of the timing parameters the expression reads. */
    public Set<String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String text;
        private final Set<String> identifiers = new TreeSet<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        ToIntFunction<Map<String, Integer>> expression() {
            ToIntFunction<Map<String, Integer>> left = term();
            while (true) {
                skipSpaces();
                if (peek('+')) {
                    pos++;
                    ToIntFunction<Map<String, Integer>> l = left, r = term();
                    left = p -> l.applyAsInt(p) + r.applyAsInt(p);
                } else if (peek('-')) {
                    pos++;
                    ToIntFunction<Map<String, Integer>> l = left, r = term();
                    left = p -> l.applyAsInt(p) - r.applyAsInt(p);
                } else {
                    return left;
                }
            }
        }

        private ToIntFunction<Map<String, Integer>> term() {
            ToIntFunction<Map<String, Integer>> left = factor();
            while (true) {
                skipSpaces();
                if (peek('*')) {
                    pos++;
                    ToIntFunction<Map<String, Integer>> l = left, r = factor();
                    left = p -> l.applyAsInt(p) * r.applyAsInt(p);
                } else {
                    return left;
                }
            }
        }

        private ToIntFunction<Map<String, Integer>> factor() {
            skipSpaces();
            if (pos >= text.length()) {
                throw error("expression ends early");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                ToIntFunction<Map<String, Integer>> inner = expression();
                expect(')');
                return inner;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                int value = Integer.parseInt(text.substring(start, pos));
                return p -> value;
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                String name = text.substring(start, pos);
                skipSpaces();
                if ((name.equals("max") || name.equals("min")) && peek('(')) {
                    return function(name.equals("max"));
                }
                identifiers.add(name);
                return p -> p.get(name);
            }
            throw error("unexpected '" + c + "'");
        }

        private ToIntFunction<Map<String, Integer>> function(boolean isMax) {
            expect('(');
            List<ToIntFunction<Map<String, Integer>>> args = new ArrayList<>();
            args.add(expression());
            skipSpaces();
            while (peek(',')) {
                pos++;
                args.add(expression());
                skipSpaces();
            }
            expect(')');
            return p -> {
                int result = args.get(0).applyAsInt(p);
                for (int i = 1; i < args.size(); i++) {
                    int v = args.get(i).applyAsInt(p);
                    result = isMax ? Math.max(result, v) : Math.min(result, v);
                }
                return result;
            };
        }

        void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("bad timing expression '" + text + "' at column " + (pos + 1) + ": " + what);
        }
    }
}
