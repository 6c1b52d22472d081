package dev.precis.components.noc.booksim;

import dev.precis.tlm.describe.ParameterException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a BookSim2 configuration file sets, by Precis parameter name: the network's parameters and the
 * experiment's, each either as the file writes it or as BookSim2's default when the file omits it, and the keys
 * the file sets that Precis does not model (unknown ones included), each with its line.
 *
 * @param file        the file, as named in messages
 * @param network     values for {@link dev.precis.components.noc.NocComponentType}'s parameters
 * @param experiment  values for {@link dev.precis.components.noc.NocExperiment}'s parameters
 * @param lines       the line that sets each key the file sets
 * @param notModelled one entry per key Precis does not model ("line 7: speculative = 1 (...)")
 */
public record BookSimConfig(String file, Map<String, Object> network, Map<String, Object> experiment,
                            Map<String, Integer> lines, List<String> notModelled) {

    public BookSimConfig {
        network = Collections.unmodifiableMap(new LinkedHashMap<>(network));
        experiment = Collections.unmodifiableMap(new LinkedHashMap<>(experiment));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        notModelled = List.copyOf(notModelled);
    }

    /** Whether the file itself sets {@code key} (rather than leaving it to BookSim2's default). */
    public boolean sets(String key) {
        return lines.containsKey(key);
    }

    /** The keys Precis does not model, in one line, or an empty string when there are none. */
    public String notModelledSummary() {
        return notModelled.isEmpty() ? "" : file + ": keys Precis does not model: " + String.join("; ", notModelled);
    }

    /** Refuses a file that sets keys Precis does not model, listing them all in one line. */
    public void requireModelled() {
        if (!notModelled.isEmpty()) {
            throw new BookSimConfigException(notModelledSummary()
                    + " (give --ignore-unknown to run without them)", List.of());
        }
    }

    /**
     * The same error naming, before its message, the file and line of every parameter at fault that the file
     * sets (and saying which ones come from BookSim2's defaults), so that a rule broken across several keys
     * points at each of them. Errors about parameters the file does not mention are returned unchanged.
     */
    public ParameterException locate(ParameterException e) {
        List<String> where = new ArrayList<>();
        for (String key : e.parameters()) {
            if (sets(key)) {
                where.add("line " + lines.get(key) + " (" + key + ")");
            } else if (network.containsKey(key) || experiment.containsKey(key)) {
                where.add(key + " from BookSim2's default");
            }
        }
        if (where.isEmpty()) {
            return e;
        }
        return new BookSimConfigException(file + " " + String.join(", ", where) + ": " + e.getMessage(),
                e.parameters());
    }
}
