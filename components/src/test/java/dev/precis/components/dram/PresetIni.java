package dev.precis.components.dram;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A shipped preset written out as a DRAMSim3 .ini (DRAMSim3's sections and key names, our preset's values), so
 * tests can check that both readers build the same machine and can break one key at a time.
 */
final class PresetIni {
    /** Section -> key -> value, in table order. */
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    private PresetIni() {
    }

    static PresetIni of(String preset) {
        PresetIni ini = new PresetIni();
        Config c;
        try (InputStreamReader r = new InputStreamReader(PresetIni.class.getClassLoader()
                .getResourceAsStream("dram/presets/" + preset + ".conf"), StandardCharsets.UTF_8)) {
            c = ConfigFactory.parseReader(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> e : c.entrySet()) {
            values.put(String.join(".", ConfigUtil.splitPath(e.getKey())), String.valueOf(e.getValue().unwrapped()));
        }
        for (DramParameter p : DramParameters.ALL) {
            if (p.key() == null || p.iniSection() == null || !values.containsKey(p.key())) continue;
            String v = values.get(p.key());
            if (p.kind() == DramParameter.Kind.CHOICE) v = v.toUpperCase(Locale.ROOT).replace('-', '_');
            ini.sections.computeIfAbsent(p.iniSection(), k -> new LinkedHashMap<>()).put(p.iniKey(), v);
        }
        return ini;
    }

    /** The same file with {@code key} set (added to {@code section} if absent). */
    PresetIni with(String section, String key, String value) {
        PresetIni copy = copy();
        copy.sections.computeIfAbsent(section, k -> new LinkedHashMap<>()).put(key, value);
        return copy;
    }

    /** The same file without these keys (whatever their section). */
    PresetIni without(String... keys) {
        PresetIni copy = copy();
        Set<String> drop = Set.of(keys);
        for (Map<String, String> s : copy.sections.values()) s.keySet().removeIf(drop::contains);
        return copy;
    }

    /** Renames a key in place (a misspelling). */
    PresetIni renamed(String key, String newKey) {
        PresetIni copy = new PresetIni();
        for (Map.Entry<String, Map<String, String>> s : sections.entrySet()) {
            Map<String, String> keys = new LinkedHashMap<>();
            s.getValue().forEach((k, v) -> keys.put(k.equals(key) ? newKey : k, v));
            copy.sections.put(s.getKey(), keys);
        }
        return copy;
    }

    /** The line number {@code key} has in {@link #text()} (its last, if it is in two sections). */
    int lineOf(String key) {
        List<String> lines = text().lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).startsWith(key + " = ")) return i + 1;
        throw new IllegalArgumentException(key + " is not in the file");
    }

    String text() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> s : sections.entrySet()) {
            lines.add("[" + s.getKey() + "]");
            s.getValue().forEach((k, v) -> lines.add(k + " = " + v));
            lines.add("");
        }
        return String.join("\n", lines);
    }

    private PresetIni copy() {
        PresetIni copy = new PresetIni();
        sections.forEach((k, v) -> copy.sections.put(k, new LinkedHashMap<>(v)));
        return copy;
    }
}
