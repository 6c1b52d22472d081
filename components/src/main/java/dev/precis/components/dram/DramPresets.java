package dev.precis.components.dram;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import dev.precis.tlm.describe.NameSuggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped DRAM presets (HOCON files under {@code dram/presets/}, named as DRAMSim3's
 * configurations, with short aliases such as {@code ddr4-2400}), and loading of a user's
 * own preset file: a DRAMSim3 {@code .ini} or a preset in our HOCON format ({@code .conf}).
 */
public final class DramPresets {

    private static final String DIR = "dram/presets/";
    private static final Logger LOG = LoggerFactory.getLogger(DramPresets.class);

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
     * {@code *.ini} is read as a DRAMSim3 configuration, anything else as a HOCON preset. Strict; notes on
     * filled values are logged as warnings.
     */
    public static DramConfig load(String nameAliasOrPath) {
        CheckedDramConfig checked = check(nameAliasOrPath, DramLoadOptions.STRICT);
        for (DramConfigNote note : checked.notes()) LOG.warn("{}", note);
        return checked.config();
    }

    /** A preset or file as {@link #load}, with overrides and the notes on what was filled or ignored. */
    public static CheckedDramConfig check(String nameAliasOrPath, DramLoadOptions options) {
        String name = aliases().getOrDefault(nameAliasOrPath, nameAliasOrPath);
        DramSettings settings;
        String configName;
        if (names().contains(name)) {
            settings = resourceSettings(name, options);
            configName = name;
        } else {
            Path path = Path.of(nameAliasOrPath);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("unknown DRAM preset '" + nameAliasOrPath + "': not a preset name "
                        + names() + ", an alias " + aliases().keySet() + ", or an existing .ini/.conf file"
                        + NameSuggestions.didYouMean(nameAliasOrPath, allNames()));
            }
            settings = fileSettings(path, options);
            configName = isIni(path) ? DramIniReader.name(path) : path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        for (DramLoadOptions.ValueOverride o : options.overrides()) {
            if (DramParameters.byKey(o.key()).isEmpty()) {
                throw new IllegalArgumentException(o.origin() + ": " + o.key() + ": unknown key"
                        + NameSuggestions.didYouMean(o.key(), DramParameters.keys()));
            }
            settings.override(o.key(), o.value(), o.origin(), o.key());
        }
        return DramConfigFactory.check(configName, settings);
    }

    public static DramConfig fromFile(Path file) {
        String name = isIni(file) ? DramIniReader.name(file) : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return DramConfigFactory.build(name, fileSettings(file, DramLoadOptions.STRICT));
    }

    private static boolean isIni(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ini");
    }

    private static DramSettings fileSettings(Path file, DramLoadOptions options) {
        try {
            if (isIni(file)) return DramIniReader.settings(IniFile.read(file), options);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return hoconSettings(file.toString(), reader, options);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DRAM preset " + file + ": " + e.getMessage(), e);
        }
    }

    private static DramSettings resourceSettings(String name, DramLoadOptions options) {
        String resource = DIR + name + ".conf";
        try (InputStream in = DramPresets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset " + name + " is listed but " + resource + " is missing");
            }
            return hoconSettings(resource, new InputStreamReader(in, StandardCharsets.UTF_8), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a preset in our HOCON format; every leaf becomes a setting remembering its line. */
    public static DramConfig fromHocon(String name, String source, Reader reader) {
        return DramConfigFactory.build(name, hoconSettings(source, reader, DramLoadOptions.STRICT));
    }

    private static DramSettings hoconSettings(String source, Reader reader, DramLoadOptions options) {
        Config config;
        try {
            config = ConfigFactory.parseReader(reader,
                    ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setOriginDescription(source)).resolve();
        } catch (ConfigException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        DramSettings settings = new DramSettings(source, false);
        for (Map.Entry<String, ConfigValue> e : config.entrySet()) {
            ConfigValue v = e.getValue();
            String origin = source + (v.origin().lineNumber() > 0 ? " line " + v.origin().lineNumber() : "");
            String key = ConfigUtilKeys.unquote(e.getKey());
            if (DramParameters.byKey(key).isPresent()) {
                settings.put(key, String.valueOf(v.unwrapped()), origin, key);
                continue;
            }
            String problem = "unknown key" + NameSuggestions.didYouMean(key, DramParameters.keys());
            if (!options.ignoreUnknownKeys()) throw new IllegalArgumentException(origin + ": " + key + ": " + problem);
            settings.note(new DramConfigNote(origin, key, problem + "; ignored (--ignore-unknown)"));
        }
        return settings;
    }

    private static List<String> allNames() {
        List<String> all = new java.util.ArrayList<>(names());
        all.addAll(aliases().keySet());
        return all;
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
