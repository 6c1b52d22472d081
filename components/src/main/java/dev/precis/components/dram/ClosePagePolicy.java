package dev.precis.components.dram;

import dev.precis.tlm.describe.NamedPolicy;

/** Every column access auto-precharges its row: RDA/WRA instead of RD/WR (DRAMSim3 CLOSE_PAGE). */
public final class ClosePagePolicy extends NamedPolicy implements RowBufferPolicy {
    public ClosePagePolicy() {
        super("close-page", "every column access auto-precharges its row (RDA/WRA)");
    }

    @Override
    public boolean prechargesAfterAccess() {
        return true;
    }
}
