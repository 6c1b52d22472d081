package dev.precis.workloads.tensor;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed header dictionary of a {@code .npy} file, e.g.
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}.
 * A small parser for exactly the Python literal subset NumPy writes: strings, booleans
 * and tuples of non-negative integers.
 */
record NpyHeader(NpyDtype dtype, ByteOrder order, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(Path file, String text) throws NpyFormatException {
        Map<String, Object> dict = new Parser(file, text).dictionary();
        for (String key : List.of("descr", "fortran_order", "shape")) {
            if (!dict.containsKey(key)) {
                throw new NpyFormatException(file, "header has no '" + key + "' entry: " + text.strip());
            }
        }
        if (!(dict.get("descr") instanceof String descr)) {
            throw new NpyFormatException(file, "header 'descr' must be a string");
        }
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new NpyFormatException(file, "header 'fortran_order' must be True or False");
        }
        if (!(dict.get("shape") instanceof int[] shape)) {
            throw new NpyFormatException(file, "header 'shape' must be a tuple of integers");
        }
        if (descr.length() < 2) {
            throw new NpyFormatException(file, "unsupported dtype '" + descr + "'");
        }
        ByteOrder order = switch (descr.charAt(0)) {
            case '<', '|' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            default -> throw new NpyFormatException(file, "dtype '" + descr
                    + "' has no explicit byte order ('<', '>' or '|')");
        };
        NpyDtype dtype = NpyDtype.fromCode(descr.substring(1));
        if (dtype == null) {
            throw new NpyFormatException(file, "unsupported dtype '" + descr
                    + "'; supported: float32 (f4), float16 (f2), int8 (i1)");
        }
        return new NpyHeader(dtype, order, fortran, shape);
    }

    /** Recursive-descent parser over the header text. */
    private static final class Parser {
        private final Path file;
        private final String text;
        private int pos;

        Parser(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        Map<String, Object> dictionary() throws NpyFormatException {
            skipSpace();
            expect('{');
            Map<String, Object> dict = new HashMap<>();
            skipSpace();
            while (peek() != '}') {
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                dict.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    skipSpace();
                } else if (peek() != '}') {
                    throw error("expected ',' or '}'");
                }
            }
            pos++;
            skipSpace();
            if (pos != text.length()) {
                throw error("unexpected text after the dictionary");
            }
            return dict;
        }

        private Object value() throws NpyFormatException {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '(') {
                return tuple();
            }
            if (text.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("unsupported value");
        }

        private int[] tuple() throws NpyFormatException {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            skipSpace();
            while (peek() != ')') {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected a non-negative integer in the shape");
                }
                try {
                    dims.add(Integer.parseInt(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw error("shape dimension " + text.substring(start, pos) + " is too large");
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                    skipSpace();
                } else if (peek() != ')') {
                    throw error("expected ',' or ')' in the shape");
                }
            }
            pos++;
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private String string() throws NpyFormatException {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw error("expected a quoted string");
            }
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error("unterminated string");
            }
            String s = text.substring(pos + 1, end);
            pos = end + 1;
            return s;
        }

        private void expect(char c) throws NpyFormatException {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private char peek() throws NpyFormatException {
            if (pos >= text.length()) {
                throw error("header ends early");
            }
            return text.charAt(pos);
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private NpyFormatException error(String problem) {
            return new NpyFormatException(file, "malformed header at character " + pos + ": " + problem
                    + " in " + text.strip());
        }
    }
}
