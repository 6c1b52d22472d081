package dev.precis.tlm.describe;

import com.typesafe.config.Config;
import dev.precis.tlm.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The component types found on the class path through {@link ServiceLoader}, by type name. */
public final class ComponentRegistry {
    private final Map<String, ComponentType> byName;

    private ComponentRegistry(Map<String, ComponentType> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every type registered in META-INF/services of the jars visible to {@code loader}. */
    public static ComponentRegistry load(ClassLoader loader) {
        Map<String, ComponentType> types = new TreeMap<>();
        for (ComponentType t : ServiceLoader.load(ComponentType.class, loader)) {
            String name = t.descriptor().typeName();
            ComponentType previous = types.put(name, t);
            if (previous != null && previous.getClass() != t.getClass()) {
                throw new IllegalStateException("component type '" + name + "' is registered twice: by "
                        + previous.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        return new ComponentRegistry(types);
    }

    public static ComponentRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    public static ComponentRegistry of(List<ComponentType> types) {
        Map<String, ComponentType> m = new TreeMap<>();
        for (ComponentType t : types) m.put(t.descriptor().typeName(), t);
        return new ComponentRegistry(m);
    }

    public List<ComponentDescriptor> descriptors() {
        List<ComponentDescriptor> out = new ArrayList<>();
        for (ComponentType t : byName.values()) out.add(t.descriptor());
        return out;
    }

    /** The type named {@code typeName}; the error lists every registered type. */
    public ComponentType type(String typeName) {
        ComponentType t = byName.get(typeName);
        if (t == null) {
            throw new ParameterException("unknown component type '" + typeName + "'"
                    + NameSuggestions.didYouMean(typeName, byName.keySet()) + " (registered types: "
                    + String.join(", ", byName.keySet()) + ")");
        }
        return t;
    }

    /** Creates component {@code instance} of type {@code typeName} from raw parameter values. */
    public Component create(String typeName, String instance, Map<String, ?> rawParams) {
        ComponentType t = type(typeName);
        return t.create(Params.resolve(t.descriptor(), instance, rawParams));
    }

    /** Creates component {@code instance} of type {@code typeName} from a HOCON block. */
    public Component create(String typeName, String instance, Config block) {
        ComponentType t = type(typeName);
        return t.create(Params.resolve(t.descriptor(), instance, block));
    }
}
