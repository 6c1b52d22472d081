package dev.precis.accelerators.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A nesting of the five tiled loops, outermost first. */
public final class LoopOrder {

    private static final List<LoopOrder> ALL = enumerate();

    private final int[] dims;

    private LoopOrder(int[] dims) {
        this.dims = dims;
    }

    /** The order given outermost first; every {@link LoopDim} exactly once. */
    public static LoopOrder of(LoopDim... outerToInner) {
        if (outerToInner.length != LoopDim.values().length) {
            throw new IllegalArgumentException("a loop order names all " + LoopDim.values().length + " loops, got "
                    + Arrays.toString(outerToInner));
        }
        int[] dims = new int[outerToInner.length];
        boolean[] seen = new boolean[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = outerToInner[i].ordinal();
            if (seen[d]) {
                throw new IllegalArgumentException("loop " + outerToInner[i] + " appears twice in " + Arrays.toString(outerToInner));
            }
            seen[d] = true;
            dims[i] = d;
        }
        return new LoopOrder(dims);
    }

    /** Parses {@code B/OW/OH/IC/OC} (outermost first; '/' or ',' separated). */
    public static LoopOrder parse(String text) {
        String[] parts = text.trim().split("[/,]");
        LoopDim[] dims = new LoopDim[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                dims[i] = LoopDim.valueOf(parts[i].trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown loop '" + parts[i] + "' in order '" + text + "', known: "
                        + Arrays.toString(LoopDim.values()), e);
            }
        }
        return of(dims);
    }

    /** All 120 orders, in lexicographic order of {@link LoopDim} ordinals. */
    public static List<LoopOrder> all() {
        return ALL;
    }

    /** The loop at nesting position {@code position} (0 = outermost). */
    public LoopDim at(int position) {
        return LoopDim.of(dims[position]);
    }

    public int size() {
        return dims.length;
    }

    /** Ordinal of the loop at each position, outermost first (a copy). */
    int[] ordinals() {
        return dims.clone();
    }

    /** This order with OW and OH exchanged: it costs the same, since the artifact tiles them alike. */
    LoopOrder withWidthAndHeightSwapped() {
        int[] swapped = dims.clone();
        for (int i = 0; i < swapped.length; i++) {
            if (swapped[i] == LoopDim.OW.ordinal()) {
                swapped[i] = LoopDim.OH.ordinal();
            } else if (swapped[i] == LoopDim.OH.ordinal()) {
                swapped[i] = LoopDim.OW.ordinal();
            }
        }
        return new LoopOrder(swapped);
    }

    private static List<LoopOrder> enumerate() {
        List<LoopOrder> orders = new ArrayList<>(120);
        permute(new int[LoopDim.values().length], new boolean[LoopDim.values().length], 0, orders);
        return Collections.unmodifiableList(orders);
    }

    private static void permute(int[] prefix, boolean[] used, int depth, List<LoopOrder> out) {
        if (depth == prefix.length) {
            out.add(new LoopOrder(prefix.clone()));
            return;
        }
        for (int d = 0; d < prefix.length; d++) {
            if (!used[d]) {
                used[d] = true;
                prefix[depth] = d;
                permute(prefix, used, depth + 1, out);
                used[d] = false;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoopOrder other && Arrays.equals(dims, other.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int d : dims) {
            if (!s.isEmpty()) {
                s.append('/');
            }
            s.append(LoopDim.of(d));
        }
        return s.toString();
    }
}
