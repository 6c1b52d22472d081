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
import dev.precis.tlm.describe.SlotSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Self-description of the {@code dram} component for {@code precis info} and compositions. */
public final class DramComponentType implements ComponentType {

    public static final StatSpec READS = new StatSpec("reads", "count", "read requests completed");
    public static final StatSpec WRITES = new StatSpec("writes", "count", "write requests completed");
    public static final StatSpec READ_BYTES = new StatSpec("readBytes", "bytes",
            "bytes the completed read requests asked for (a short request still costs a whole burst's energy)");
    public static final StatSpec WRITE_BYTES = new StatSpec("writeBytes", "bytes",
            "bytes the completed write requests carried (a short request still costs a whole burst's energy)");
    public static final StatSpec BACK_PRESSURE_CYCLES = new StatSpec("backPressureCycles", "cycles",
            "DRAM cycles a request waited for END_REQ because its queue was full");
    public static final StatSpec READ_LATENCY = new StatSpec("readLatency", "cycles",
            "read latency from entering the controller queue to data return");
    public static final StatSpec READ_LATENCY_CYCLES = new StatSpec("readLatencyCycles", "cycles",
            "read latency samples (mean)");
    public static final StatSpec READ_ROW_HITS = new StatSpec("readRowHits", "count",
            "read column commands that hit an open row");
    public static final StatSpec WRITE_ROW_HITS = new StatSpec("writeRowHits", "count",
            "write column commands that hit an open row");
    public static final StatSpec CYCLES = new StatSpec("cycles", "cycles", "DRAM clock cycles simulated");
    public static final StatSpec ACTIVATE_ENERGY = new StatSpec("energy.activate", "pJ", "activate energy (IDD0)");
    public static final StatSpec READ_ENERGY = new StatSpec("energy.read", "pJ", "read burst energy (IDD4R)");
    public static final StatSpec WRITE_ENERGY = new StatSpec("energy.write", "pJ", "write burst energy (IDD4W)");
    public static final StatSpec REFRESH_ENERGY = new StatSpec("energy.refresh", "pJ", "refresh energy (IDD5AB)");
    public static final StatSpec BACKGROUND_ENERGY = new StatSpec("energy.background", "pJ",
            "standby energy (IDD3N / IDD2N)");
    public static final StatSpec TOTAL_ENERGY = new StatSpec("energy.total", "pJ", "total DRAM energy");

    /** The value of a slot's parameter that keeps the configuration's own choice. */
    private static final String PRESET = "preset";
    /** Each slot and the configuration key it overrides. */
    private static final Map<SlotSpec<?>, String> SLOT_KEYS = slotKeys();

    private static final ComponentDescriptor DESCRIPTOR = describe();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DramComponentType.class);

    private static Map<SlotSpec<?>, String> slotKeys() {
        Map<SlotSpec<?>, String> m = new LinkedHashMap<>();
        m.put(DramPolicies.ROW_BUFFER, "controller.row-buffer-policy");
        m.put(DramPolicies.REFRESH, "controller.refresh-policy");
        m.put(DramPolicies.QUEUE_STRUCTURE, "controller.queue-structure");
        return m;
    }

    /** The counter of the commands of {@code type} issued ({@code cmd.act}, ...). */
    public static StatSpec commands(DramCommandType type) {
        return new StatSpec("cmd." + type.shortName(), "count", type.name() + " commands issued");
    }

    private static ComponentDescriptor describe() {
        List<StatSpec> stats = new ArrayList<>(List.of(READS, WRITES, READ_BYTES, WRITE_BYTES, BACK_PRESSURE_CYCLES, READ_LATENCY,
                READ_LATENCY_CYCLES, READ_ROW_HITS, WRITE_ROW_HITS, CYCLES));
        for (DramCommandType type : List.of(DramCommandType.ACTIVATE, DramCommandType.PRECHARGE, DramCommandType.READ,
                DramCommandType.READ_PRECHARGE, DramCommandType.WRITE, DramCommandType.WRITE_PRECHARGE,
                DramCommandType.REFRESH)) {
            stats.add(commands(type));
        }
        stats.addAll(List.of(ACTIVATE_ENERGY, READ_ENERGY, WRITE_ENERGY, REFRESH_ENERGY, BACKGROUND_ENERGY,
                TOTAL_ENERGY));
        return new ComponentDescriptor("dram",
                "command-level DRAM (DDR4, LPDDR4, HBM2): channels, ranks, bank groups, banks; FR-FCFS controller with "
                        + "refresh and IDD energy; DRAMSim3-compatible presets or .ini files",
                List.of(ParamSpec.optional("preset", ParamType.STRING, "", "ddr4-2400",
                                "preset name or alias (" + String.join(", ", DramPresets.names()) + ", "
                                        + String.join(", ", DramPresets.aliases().keySet()) + ") or a .ini/.conf file"),
                        ParamSpec.optional("addressMapping", ParamType.STRING, "", "",
                                "DRAMSim3 mapping string, most significant field first (e.g. rochrababgco); empty keeps the preset's"),
                        slotParam(DramPolicies.ROW_BUFFER), slotParam(DramPolicies.REFRESH),
                        slotParam(DramPolicies.QUEUE_STRUCTURE)),
                List.of(new PortSpec("in", PortDirection.TARGET, "READ/WRITE requests of at most one burst (bus width x burst length),"
                        + " approximately timed (BEGIN_REQ..END_RESP); put a dma in front for larger transfers")),
                stats, DramPolicies.ALL);
    }

    /**
     * The parameter that fills {@code slot}: an implementation's name, or {@code preset} (the default) for the
     * preset's or file's own choice.
     */
    private static ParamSpec slotParam(SlotSpec<?> slot) {
        List<String> choices = new ArrayList<>(List.of(PRESET));
        choices.addAll(DramPolicies.names(slot));
        return ParamSpec.choice(slot.name(), PRESET, slot.description() + "; '" + PRESET + "' keeps the preset's",
                choices.toArray(String[]::new));
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
        for (Map.Entry<SlotSpec<?>, String> slot : SLOT_KEYS.entrySet()) {
            String chosen = params.getString(slot.getKey().name());
            if (!chosen.equals(PRESET)) {
                options = options.withOverride(slot.getValue(), chosen,
                        params.where() + " parameter " + slot.getKey().name());
            }
        }
        CheckedDramConfig checked = DramPresets.check(params.getString("preset"), options);
        for (DramConfigNote note : checked.notes()) LOG.warn("{}: {}", params.where(), note);
        return new DramComponent(checked.config());
    }
}
