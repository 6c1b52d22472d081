package dev.precis.tlm.describe;

/**
 * A swappable piece of behaviour that fills a {@link SlotSpec slot} of a component (SST's subcomponent
 * slots, Ramulator 2's small interfaces): a scheduling policy, a page policy, a mapper search. Each slot
 * defines its own interface extending this one; implementations are found with
 * {@link java.util.ServiceLoader} (list the class in {@code META-INF/services/<the slot's interface>}),
 * chosen by {@link #policyName()} in a component's HOCON block and listed by {@code precis info}.
 *
 * <p>Implementations need a public no-argument constructor and must hold no mutable state shared
 * between components: a component that needs per-run state keeps it itself and passes it to the policy.
 */
public interface Policy {
    /** The name a composition file uses to choose this implementation, e.g. {@code drift-packing}. */
    String policyName();

    /** One line saying what the implementation does, for {@code precis info}. */
    String description();
}
