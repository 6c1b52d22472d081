package dev.precis.accelerators.compose;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import dev.precis.components.dram.CheckedDramConfig;
import dev.precis.components.dram.DramConfig;
import dev.precis.components.dram.DramLoadOptions;
import dev.precis.components.dram.DramPresets;
import dev.precis.tlm.ClockDomain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The override {@code --set memory=SPEC} (the CLI's {@code --memory SPEC}): replaces a composition's memory, the
 * component named {@code memory}, before any other override applies.
 * <ul>
 * <li>{@code dram:PRESET}, {@code dram:FILE.ini} (or the bare preset name or file): the DRAM model
 * ({@code type = dram}) named {@code memory}, behind a DMA named {@code memoryDma} that cuts the controller's (or
 * codec's) transfers into the DRAM's bursts. The DMA's burst is the DRAM's (bus width x burst length), its issue
 * width covers the DRAM's peak bandwidth at the DMA's clock, and it keeps as many bursts in flight as the DRAM's
 * transaction queues hold, so the DMA is never the narrower of the two; {@code --set memoryDma.PARAM=...} and
 * {@code --set memory.PARAM=...} still apply afterwards.</li>
 * <li>{@code ideal} or {@code ideal:BITS}: a fixed-width {@code ideal-memory} of BITS (default 1024) bits per
 * cycle. A composition whose memory is already ideal keeps its block (and its energies), with the width set if
 * given; otherwise the new block charges the ANT artifact's DRAM figures, as the ANT-family presets do.</li>
 * </ul>
 * The link that reached the old memory ({@code memory.in}, or {@code memoryDma.ctrl}) is re-aimed at the new one.
 * A DRAM preset that does not exist or a file that does not read fails here, naming the option.
 */
final class MemorySwap {
    static final String KEY = "memory";
    static final String DMA = "memoryDma";
    private static final String IDEAL = "ideal";
    private static final String DRAM_PREFIX = "dram:";
    /** The ANT artifact's DRAM figures (stats.py get_energy_breakdown), as in presets/ant-family.conf. */
    private static final Map<String, Object> ARTIFACT_DRAM_ENERGY = Map.of("readEnergyPjPerBit", 0.629203125,
            "writeEnergyPjPerBit", 0.765726562, "backgroundPowerMw", 484.615);

    private MemorySwap() {
    }

    static Config apply(String source, Config c, String spec) {
        String origin = "--set " + KEY + "=" + spec;
        if (!c.hasPath("components." + KEY) || c.getValue("components." + KEY).valueType() != ConfigValueType.OBJECT) {
            throw new CompositionException(origin, source + " has no component named '" + KEY + "' to replace (components: "
                    + (c.hasPath("components") ? String.join(", ", c.getObject("components").keySet()) : "none") + ")");
        }
        String upstream = upstreamEnd(source, c, origin);
        if (spec.equals(IDEAL) || spec.startsWith(IDEAL + ":")) {
            return toIdeal(c, spec, origin, upstream);
        }
        String dram = spec.startsWith(DRAM_PREFIX) ? spec.substring(DRAM_PREFIX.length()) : spec;
        if (dram.isBlank()) {
            throw new CompositionException(origin, "give ideal, ideal:BITS, dram:PRESET or dram:FILE.ini (DRAM presets: "
                    + String.join(", ", DramPresets.aliases().keySet()) + ")");
        }
        CheckedDramConfig checked;
        try {
            checked = DramPresets.check(dram, DramLoadOptions.STRICT);
        } catch (IllegalArgumentException e) {
            throw new CompositionException(origin, e.getMessage());
        }
        return toDram(c, dram, checked.config(), origin, upstream);
    }

    /** The port now linked to the memory's entry ({@code memory.in}, or the DMA's {@code ctrl}). */
    private static String upstreamEnd(String source, Config c, String origin) {
        String entry = c.hasPath("components." + DMA) ? DMA + ".ctrl" : KEY + ".in";
        for (Map<String, Object> l : links(c)) {
            if (entry.equals(l.get("to"))) return (String) l.get("from");
            if (entry.equals(l.get("from"))) return (String) l.get("to");
        }
        throw new CompositionException(origin, "no link reaches " + entry + " in " + source
                + "; --set memory swaps a memory linked as { from = ..., to = " + entry + " }");
    }

    private static Config toIdeal(Config c, String spec, String origin, String upstream) {
        Integer width = null;
        if (spec.startsWith(IDEAL + ":")) {
            try {
                width = Integer.parseInt(spec.substring(IDEAL.length() + 1));
            } catch (NumberFormatException e) {
                width = -1;
            }
            if (width < 1) throw new CompositionException(origin, "ideal:BITS needs a whole number of bits per cycle >= 1");
        }
        Config out = c;
        boolean wasIdeal = "ideal-memory".equals(c.getString("components." + KEY + ".type"));
        if (!wasIdeal) {
            Map<String, Object> block = new LinkedHashMap<>(ARTIFACT_DRAM_ENERGY);
            block.put("type", "ideal-memory");
            out = out.withValue("components." + KEY, ConfigValueFactory.fromMap(block, origin));
        }
        if (width != null) out = out.withValue("components." + KEY + ".widthBits", ConfigValueFactory.fromAnyRef(width, origin));
        out = out.withoutPath("components." + DMA);
        List<Map<String, Object>> links = withoutMemoryLinks(out, upstream);
        links.add(link(upstream, KEY + ".in"));
        return out.withValue("links", ConfigValueFactory.fromIterable(links, origin));
    }

    private static Config toDram(Config c, String preset, DramConfig dram, String origin, String upstream) {
        int burst = dram.organization().requestBytes();
        double dmaHz = ClockDomain.parse(c.hasPath("clock") ? c.getValue("clock").unwrapped().toString() : "500 MHz").frequencyHz();
        double peakBytesPerDmaCycle = dram.peakBandwidthGBps() * 1e9 / dmaHz;
        int burstsPerCycle = (int) Math.max(1, Math.ceil(peakBytesPerDmaCycle / burst));
        int inFlight = dram.organization().channels() * dram.controller().transactionQueueSize();
        Map<String, Object> dma = new LinkedHashMap<>();
        dma.put("type", "dma");
        dma.put("burstBytes", burst);
        dma.put("burstsPerCycle", burstsPerCycle);
        dma.put("maxOutstanding", inFlight);
        Config out = c.withValue("components." + KEY, ConfigValueFactory.fromMap(Map.of("type", "dram", "preset", preset), origin))
                .withValue("components." + DMA, ConfigValueFactory.fromMap(dma, origin));
        List<Map<String, Object>> links = withoutMemoryLinks(out, upstream);
        links.add(link(upstream, DMA + ".ctrl"));
        links.add(link(DMA + ".dram", KEY + ".in"));
        return out.withValue("links", ConfigValueFactory.fromIterable(links, origin));
    }

    /** The composition's links but those into or inside the memory path. */
    private static List<Map<String, Object>> withoutMemoryLinks(Config c, String upstream) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : links(c)) {
            Object from = l.get("from");
            Object to = l.get("to");
            boolean memory = upstream.equals(from) || upstream.equals(to) || String.valueOf(from).startsWith(DMA + ".")
                    || String.valueOf(to).startsWith(DMA + ".") || String.valueOf(to).startsWith(KEY + ".")
                    || String.valueOf(from).startsWith(KEY + ".");
            if (!memory) out.add(l);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> links(Config c) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!c.hasPath("links") || c.getValue("links").valueType() != ConfigValueType.LIST) return out;
        for (ConfigValue v : (ConfigList) c.getValue("links")) {
            if (v.valueType() == ConfigValueType.OBJECT) out.add(new LinkedHashMap<>(((ConfigObject) v).unwrapped()));
        }
        return out;
    }

    private static Map<String, Object> link(String from, String to) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("from", from);
        l.put("to", to);
        return l;
    }
}
