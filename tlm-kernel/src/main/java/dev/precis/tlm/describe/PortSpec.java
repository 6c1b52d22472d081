package dev.precis.tlm.describe;

import dev.precis.tlm.PortDirection;

/** One port a component type declares: name (a pattern such as {@code node[i]} for arrays), direction, payload. */
public record PortSpec(String name, PortDirection direction, String carries) {
}
