package dev.precis.accelerators.replay;

import dev.precis.accelerators.mapping.TileSchedule;
import dev.precis.components.pe.ComputeWork;
import dev.precis.tlm.describe.Policy;
import dev.precis.tlm.describe.SlotSpec;
import java.util.Iterator;

/**
 * The replay controller's slot {@code overlap}: how one copy of a layer's {@link TileSchedule} becomes phases,
 * i.e. how memory transfers overlap compute as the buffers allow ({@code mapping/package-info.java}'s contract).
 * {@code layer-aggregate} is the ANT artifact's rule, {@code double-buffered} the per-step rule.
 */
public interface OverlapPolicy extends Policy {

    SlotSpec<OverlapPolicy> SLOT = new SlotSpec<>("overlap", OverlapPolicy.class, "layer-aggregate",
            "how memory transfers overlap compute over a layer's tile schedule");

    /**
     * The phases of one copy of the layer.
     *
     * @param schedule    the tile schedule
     * @param tile        the work of one step (every step computes the same padded tile)
     * @param blockSteps  most steps one COMPUTE block may carry where the rule lets steps merge
     */
    Iterator<ReplayPhase> phases(TileSchedule schedule, ComputeWork tile, long blockSteps);
}
