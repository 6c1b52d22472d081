package dev.precis.components.dram;

import java.util.List;
import java.util.Objects;

/**
 * A DRAM standard as data: the table of command-to-command timing constraints and the
 * activation windows. One engine ({@link ChannelState}) runs every standard; a new standard
 * is a new table in {@link DramStandards}.
 */
public record DramStandard(String name, List<TimingConstraint> constraints, List<ActivationWindow> activationWindows) {

    public DramStandard {
        Objects.requireNonNull(name, "name");
        constraints = List.copyOf(constraints);
        activationWindows = List.copyOf(activationWindows);
    }
}
