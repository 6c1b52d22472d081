package dev.precis.components.dram;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shipped DRAM presets (HOCON files under {@code dram/presets/}, named as DRAMSim3's
 * configurations, with short aliases such as {@code ddr4-2400}), and loading of a user's
 * own preset file: a DRAMSim3 {@code .ini} or a preset in our HOCON format ({@code .conf}).
 */
public final class DramPresets {

    private static final String DIR = "dram/presets/";

    private DramPresets() {
    }

    /** Preset names, in the order of the index file. */
    public static List<String> names() {
        return index().getStringList("presets");
    }

    /** Alias to preset name. */
    public static Map<String, String> aliases() {
        Map<String, String> aliases = new TreeMap<>();
        Config a = index().getConfig("aliases");
        for (Map.Entry<String, ConfigValue> e : a.entrySet()) {
            aliases.put(ConfigUtilKeys.unquote(e.getKey()), String.valueOf(e.getValue().unwrapped()));
        }
        return aliases;
    }

    /**
     * A preset by name or alias ({@code DDR4_8Gb_x8_2400}, {@code ddr4-2400}), or a file path:
     * {@code *.ini} is read as a DRAMSim3 configuration, anything else as a HOCON preset.
     */
    public static DramConfig load(String nameAliasOrPath) {
        String name = aliases().getOrDefault(nameAliasOrPath, nameAliasOrPath);
        if (names().contains(name)) {
            return fromResource(name);
        }
        Path path = Path.of(nameAliasOrPath);
        if (Files.isRegularFile(path)) {
            return fromFile(path);
        }
        throw new IllegalArgumentException("unknown DRAM preset '" + nameAliasOrPath + "': not a preset name "
                + names() + ", an alias " + aliases().keySet() + ", or an existing .ini/.conf file");
    }

    public static DramConfig fromFile(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ini")) {
                return DramIniReader.read(file);
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                return fromHocon(name, file.toString(), reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DRAM preset " + file + ": " + e.getMessage(), e);
        }
    }

    private static DramConfig fromResource(String name) {
        String resource = DIR + name + ".conf";
        try (InputStream in = DramPresets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset " + name + " is listed but " + resource + " is missing");
            }
            return fromHocon(name, resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a preset in our HOCON format; every leaf becomes a setting remembering its line. */
    public static DramConfig fromHocon(String name, String source, Reader reader) {
        Config config;
        try {
            config = ConfigFactory.parseReader(reader,
                    ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setOriginDescription(source)).resolve();
        } catch (ConfigException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        DramSettings settings = new DramSettings(source);
        for (Map.Entry<String, ConfigValue> e : config.entrySet()) {
            ConfigValue v = e.getValue();
            String origin = source + (v.origin().lineNumber() > 0 ? " line " + v.origin().lineNumber() : "");
            settings.put(ConfigUtilKeys.unquote(e.getKey()), String.valueOf(v.unwrapped()), origin);
        }
        DramConfigFactory.requireKnownKeys(settings);
        return DramConfigFactory.build(name, settings);
    }

    private static Config index() {
        String resource = DIR + "presets.conf";
        try (InputStream in = DramPresets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return ConfigFactory.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** HOCON quotes path elements that contain dots or dashes in entrySet keys; we want plain keys. */
    private static final class ConfigUtilKeys {
        static String unquote(String path) {
            return String.join(".", com.typesafe.config.ConfigUtil.splitPath(path));
        }
    }
}
