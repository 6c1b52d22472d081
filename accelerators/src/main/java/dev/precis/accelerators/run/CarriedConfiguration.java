package dev.precis.accelerators.run;

import dev.precis.tlm.stats.StatValue;
import dev.precis.tlm.stats.StatsSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one layer's components hand the next layer's, whose model is a fresh one (accelerators/README.md,
 * "Carried configuration"): every statistic {@code <instance>.final<X>} of a layer's run becomes the value of
 * parameter {@code initial<X>} of the same instance in the next layer's model, and a family
 * {@code <instance>.final<X>.<i>} (i = 0, 1, ...) becomes the comma-separated list of its members in index
 * order. The PE arrays carry the precision they are configured for this way ({@code finalWeightBits} into
 * {@code initialWeightBits}, ...), and the Drift scheduler its sub-arrays' ({@code finalSubArrayBits.<i>} into
 * {@code initialSubArrayBits}). Built from the statistics alone, so both engines carry the same.
 */
final class CarriedConfiguration {
    private static final String FINAL = "final";
    private static final String INITIAL = "initial";

    /** A family's target: the instance and its list parameter. */
    private record Family(String instance, String param) {
    }

    private CarriedConfiguration() {
    }

    /** Instance, then parameter name, then value, from the statistics of a layer's run. */
    static Map<String, Map<String, Object>> from(StatsSnapshot stats, Collection<String> instances) {
        Map<String, Map<String, Object>> carried = new TreeMap<>();
        Map<Family, TreeMap<Integer, Long>> families = new HashMap<>();
        for (StatValue v : stats.values().values()) {
            String name = v.info().name();
            for (String instance : instances) {
                if (!name.startsWith(instance + "." + FINAL)) continue;
                String stat = name.substring(instance.length() + 1 + FINAL.length());
                if (stat.isEmpty() || !Character.isUpperCase(stat.charAt(0))) continue;
                long value = (long) v.scalar();
                int dot = stat.indexOf('.');
                if (dot < 0) {
                    carried.computeIfAbsent(instance, k -> new TreeMap<>()).put(INITIAL + stat, value);
                } else if (stat.substring(dot + 1).matches("\\d+")) {
                    families.computeIfAbsent(new Family(instance, INITIAL + stat.substring(0, dot)), k -> new TreeMap<>())
                            .put(Integer.parseInt(stat.substring(dot + 1)), value);
                }
            }
        }
        families.forEach((family, members) -> {
            if (members.lastKey() != members.size() - 1) {
                throw new IllegalStateException(family.instance() + ": statistics " + FINAL
                        + family.param().substring(INITIAL.length()) + ".<i> have indices " + members.keySet()
                        + ", not 0.." + (members.size() - 1));
            }
            StringBuilder list = new StringBuilder();
            for (long b : members.values()) list.append(list.length() == 0 ? "" : ",").append(b);
            carried.computeIfAbsent(family.instance(), k -> new TreeMap<>()).put(family.param(), list.toString());
        });
        return carried;
    }
}
