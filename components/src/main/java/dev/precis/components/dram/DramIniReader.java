package dev.precis.components.dram;

import dev.precis.tlm.describe.NameSuggestions;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a DRAMSim3 configuration (.ini) with DRAMSim3's meaning of every key, so a user can bring a configuration
 * they already have. Every key must be one DRAMSim3 knows, in its section ({@link DramParameters}); a misspelt
 * key is an error suggesting the nearest known one (or, with {@link DramLoadOptions#ignoreUnknownKeys()}, a
 * note). Output, thermal and HMC settings are accepted and not modelled.
 */
final class DramIniReader {

    private DramIniReader() {
    }

    public static DramConfig read(Path file) throws IOException {
        return DramConfigFactory.build(name(file), settings(IniFile.read(file), DramLoadOptions.STRICT));
    }

    public static DramConfig read(String name, String source, Reader reader) throws IOException {
        return DramConfigFactory.build(name, settings(IniFile.parse(source, reader), DramLoadOptions.STRICT));
    }

    static String name(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.ini$", "");
    }

    /** The file's values under our keys; unknown sections and keys are errors or notes, as the options say. */
    static DramSettings settings(IniFile ini, DramLoadOptions options) {
        DramSettings s = new DramSettings(ini.source(), true);
        for (IniFile.Entry e : ini.entries()) {
            String origin = ini.source() + " line " + e.line();
            Optional<DramParameter> p = DramParameters.byIni(e.section(), e.key());
            if (p.isPresent()) {
                if (p.get().key() != null) s.put(p.get().key(), e.value(), origin, p.get().iniKey());
                continue;
            }
            String problem = unknown(e);
            if (!options.ignoreUnknownKeys()) throw new IllegalArgumentException(origin + ": " + e.rawKey() + ": " + problem);
            s.note(new DramConfigNote(origin, e.rawKey(), problem + "; ignored (--ignore-unknown)"));
        }
        return s;
    }

    /** Why an entry matches no key, with the likeliest intended one. */
    private static String unknown(IniFile.Entry e) {
        if (e.section().isEmpty()) {
            return "outside any [section]" + elsewhere(e.key()).map(s -> "; it belongs in [" + s + "]").orElse("");
        }
        if (!DramParameters.iniSections().contains(e.section())) {
            return "in unknown section [" + e.section() + "]"
                    + NameSuggestions.nearest(e.section(), DramParameters.iniSections()).map(s -> "; did you mean [" + s + "]?")
                    .orElse("; sections: " + String.join(", ", DramParameters.iniSections()));
        }
        Optional<String> other = elsewhere(e.key());
        if (other.isPresent()) return "not a key of [" + e.section() + "]; it belongs in [" + other.get() + "]";
        List<String> here = DramParameters.iniKeys(e.section());
        Optional<String> near = NameSuggestions.nearest(e.rawKey(), here)
                .or(() -> NameSuggestions.nearest(e.rawKey(), DramParameters.iniKeys(null)));
        return "unknown key" + near.map(k -> "; did you mean " + k + "?").orElse(" in [" + e.section() + "]");
    }

    /** The section where DRAMSim3 has this key, if any. */
    private static Optional<String> elsewhere(String key) {
        for (String section : DramParameters.iniSections()) {
            if (DramParameters.byIni(section, key).isPresent()) return Optional.of(section);
        }
        return Optional.empty();
    }
}
