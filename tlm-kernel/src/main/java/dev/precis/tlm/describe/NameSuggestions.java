package dev.precis.tlm.describe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user probably meant by a name that matched nothing: the known name nearest by edit distance
 * (Levenshtein, ignoring case), for messages such as {@code tRCDD: unknown key; did you mean tRCD?}; and names
 * a shortened word stands for ({@code links} for {@code basic-links}).
 */
public final class NameSuggestions {
    private NameSuggestions() {}

    /**
     * The known name nearest to {@code name}, if it is close enough to be a slip rather than another word: at most
     * a third of the name's letters (at least one, at most three) differ. Ties go to the first in {@code known}.
     */
    public static Optional<String> nearest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(lower, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code "; did you mean X?"} or an empty string, to append to a message. */
    public static String didYouMean(String name, Collection<String> known) {
        return nearest(name, known).map(k -> "; did you mean " + k + "?").orElse("");
    }

    /**
     * The known names that {@code prefix} abbreviates: those starting with it, or with a word (after '-', '_'
     * or '.') starting with it, ignoring case.
     */
    public static List<String> abbreviated(String prefix, Collection<String> known) {
        String p = prefix.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String k : known) {
            String lower = k.toLowerCase(Locale.ROOT);
            boolean match = lower.startsWith(p);
            for (int i = 0; !match && i < lower.length(); i++) {
                char c = lower.charAt(i);
                if ((c == '-' || c == '_' || c == '.') && lower.startsWith(p, i + 1)) match = true;
            }
            if (match) matches.add(k);
        }
        return matches;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
