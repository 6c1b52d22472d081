package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;

/** Rows stay open after a column access; later hits to the row skip the activate (DRAMSim3 OPEN_PAGE). */
public final class OpenPagePolicy extends NamedPolicy implements RowBufferPolicy {
    public OpenPagePolicy() {
        super("open-page", "rows stay open after a column access, so later hits to the row skip the activate");
    }

    @Override
    public boolean prechargesAfterAccess() {
        return false;
    }
}
