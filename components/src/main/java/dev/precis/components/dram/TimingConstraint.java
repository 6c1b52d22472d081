package dev.precis.components.dram;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a DRAM standard's timing table: after any of {@code preceding} is issued to a
 * bank, none of {@code following} may be issued to the banks in {@code scope} until
 * {@code latency} cycles have passed. The latency is an expression over named timing
 * parameters (for example {@code "max(tBL, tCCD_L)"}), evaluated once per configuration.
 */
record TimingConstraint(
        TimingScope scope,
        Set<DramCommandType> preceding,
        Set<DramCommandType> following,
        LatencyExpression latency) {

    public TimingConstraint {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(latency, "latency");
        if (preceding.isEmpty() || following.isEmpty()) {
            throw new IllegalArgumentException("timing constraint needs preceding and following commands: " + latency);
        }
        preceding = Set.copyOf(preceding);
        following = Set.copyOf(following);
    }

    /** Table-row constructor: {@code of(SAME_BANK, cmds(ACTIVATE), cmds(READ, WRITE), "tRCD - AL")}. */
    public static TimingConstraint of(TimingScope scope, Set<DramCommandType> preceding,
                                      Set<DramCommandType> following, String latency) {
        return new TimingConstraint(scope, preceding, following, LatencyExpression.parse(latency));
    }

    public static Set<DramCommandType> cmds(DramCommandType first, DramCommandType... rest) {
        return EnumSet.of(first, rest);
    }
}
