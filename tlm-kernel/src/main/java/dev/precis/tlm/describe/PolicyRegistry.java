package dev.precis.tlm.describe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The implementations of one slot interface found on the class path through {@link ServiceLoader}, by
 * {@link Policy#policyName()}. Loading is cheap and a registry holds no state beyond what it loaded, so
 * components load one when they are created rather than keeping a global one.
 *
 * @param <T> the slot's interface
 */
public final class PolicyRegistry<T extends Policy> {
    private final Class<T> type;
    private final Map<String, T> byName;

    private PolicyRegistry(Class<T> type, Map<String, T> byName) {
        this.type = type;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every implementation of {@code type} registered in META-INF/services of the jars visible to {@code loader}. */
    public static <T extends Policy> PolicyRegistry<T> load(Class<T> type, ClassLoader loader) {
        Map<String, T> found = new TreeMap<>();
        for (T policy : ServiceLoader.load(type, loader)) {
            String name = policy.policyName();
            T previous = found.put(name, policy);
            if (previous != null && previous.getClass() != policy.getClass()) {
                throw new IllegalStateException(type.getSimpleName() + " '" + name + "' is registered twice: by "
                        + previous.getClass().getName() + " and " + policy.getClass().getName());
            }
        }
        return new PolicyRegistry<>(type, found);
    }

    /** The implementations visible to the thread's context class loader. */
    public static <T extends Policy> PolicyRegistry<T> load(Class<T> type) {
        return load(type, Thread.currentThread().getContextClassLoader());
    }

    public Class<T> type() {
        return type;
    }

    /** Registered names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The implementations, sorted by name. */
    public List<T> all() {
        return new ArrayList<>(byName.values());
    }

    /**
     * The implementation named {@code name}; otherwise a {@link ParameterException} saying where
     * ({@code where}, e.g. "component top.sched (type drift-scheduler): parameter 'policy'") and listing the
     * registered names.
     */
    public T require(String name, String where) {
        T policy = byName.get(name);
        if (policy == null) {
            throw new ParameterException(where + ": unknown " + type.getSimpleName() + " '" + name
                    + "'; registered: " + (byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet())));
        }
        return policy;
    }
}
