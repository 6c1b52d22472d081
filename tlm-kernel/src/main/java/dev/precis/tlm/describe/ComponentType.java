package dev.precis.tlm.describe;

import dev.precis.tlm.Component;

/**
 * A kind of component that compositions can instantiate by name. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.precis.tlm.describe.ComponentType} of your jar and it appears in
 * {@code precis info} and in composition files.
 */
public interface ComponentType {
    ComponentDescriptor descriptor();

    /** Creates a component from parameters already checked against {@link #descriptor()}. */
    Component create(Params params);
}
