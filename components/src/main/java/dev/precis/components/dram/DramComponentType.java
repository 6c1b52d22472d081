package dev.precis.components.dram;

import dev.precis.tlm.Component;
import dev.precis.tlm.PortDirection;
import dev.precis.tlm.describe.ComponentDescriptor;
import dev.precis.tlm.describe.ComponentType;
import dev.precis.tlm.describe.ParamSpec;
import dev.precis.tlm.describe.ParamType;
import dev.precis.tlm.describe.Params;
import dev.precis.tlm.describe.PortSpec;
import dev.precis.tlm.describe.StatSpec;
import java.util.ArrayList;
import java.util.List;

/** Self-description of the {@code dram} component for {@code precis info} and compositions. */
public final class DramComponentType implements ComponentType {

    private static final ComponentDescriptor DESCRIPTOR = describe();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DramComponentType.class);

    private static ComponentDescriptor describe() {
        List<StatSpec> stats = new ArrayList<>(List.of(
                new StatSpec("reads", "count", "read requests completed"),
                new StatSpec("writes", "count", "write requests completed"),
                new StatSpec("backPressureCycles", "cycles", "DRAM cycles a request waited for END_REQ because its queue was full"),
                new StatSpec("readLatency", "cycles", "histogram of read latency, queue entry to data return"),
                new StatSpec("readLatencyCycles", "cycles", "read latency samples (mean)"),
                new StatSpec("readRowHits", "count", "read column commands that hit an open row"),
                new StatSpec("writeRowHits", "count", "write column commands that hit an open row"),
                new StatSpec("cycles", "cycles", "DRAM clock cycles simulated")));
        for (String c : DramComponent.COMMAND_STATS) {
            stats.add(new StatSpec("cmd." + c, "count", c.toUpperCase() + " commands issued"));
        }
        for (String e : new String[] {"activate", "read", "write", "refresh", "background", "total"}) {
            stats.add(new StatSpec("energy." + e, "pJ", e + " energy from IDD currents"));
        }
        return new ComponentDescriptor("dram",
                "command-level DRAM (DDR4, LPDDR4, HBM2): channels, ranks, bank groups, banks; FR-FCFS controller with "
                        + "refresh and IDD energy; DRAMSim3-compatible presets or .ini files",
                List.of(ParamSpec.optional("preset", ParamType.STRING, "", "ddr4-2400",
                                "preset name or alias (" + String.join(", ", DramPresets.names()) + ", "
                                        + String.join(", ", DramPresets.aliases().keySet()) + ") or a .ini/.conf file"),
                        ParamSpec.optional("addressMapping", ParamType.STRING, "", "",
                                "DRAMSim3 mapping string, most significant field first (e.g. rochrababgco); empty keeps the preset's"),
                        ParamSpec.choice("pagePolicy", "preset", "row-buffer policy; 'preset' keeps the preset's",
                                "preset", "open-page", "close-page")),
                List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE requests, approximately timed (BEGIN_REQ..END_RESP)")),
                stats);
    }

    @Override
    public ComponentDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Component create(Params params) {
        // The composition's values go through the same checks as a preset's own, as overrides of it.
        DramLoadOptions options = DramLoadOptions.STRICT;
        String mapping = params.getString("addressMapping");
        if (!mapping.isEmpty()) {
            options = options.withOverride("controller.address-mapping", mapping, params.where() + " parameter addressMapping");
        }
        String page = params.getString("pagePolicy");
        if (!page.equals("preset")) {
            options = options.withOverride("controller.row-buffer-policy", page, params.where() + " parameter pagePolicy");
        }
        CheckedDramConfig checked = DramPresets.check(params.getString("preset"), options);
        for (DramConfigNote note : checked.notes()) LOG.warn("{}: {}", params.where(), note);
        return new DramComponent(checked.config());
    }
}
