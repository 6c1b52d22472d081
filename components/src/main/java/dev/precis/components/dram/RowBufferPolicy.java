package dev.precis.components.dram;

import dev.precis.tlm.describe.Policy;

/**
 * Row-buffer management (DRAMSim3 row_buf_policy): a slot of the {@code dram} component
 * ({@link DramPolicies#ROW_BUFFER}). Implementations are listed in
 * {@code META-INF/services/dev.precis.components.dram.RowBufferPolicy} and chosen by name
 * ({@code pagePolicy = close-page} in a composition, {@code controller.row-buffer-policy} or DRAMSim3's
 * {@code row_buf_policy = CLOSE_PAGE} in a configuration).
 */
public interface RowBufferPolicy extends Policy {
    /** DRAMSim3's OPEN_PAGE (its default). */
    RowBufferPolicy OPEN_PAGE = new OpenPagePolicy();
    /** DRAMSim3's CLOSE_PAGE. */
    RowBufferPolicy CLOSE_PAGE = new ClosePagePolicy();

    /** True if every column access precharges its row at once (RDA/WRA); false leaves the row open for hits. */
    boolean prechargesAfterAccess();
}
