package dev.precis.cli;

import dev.precis.components.dram.CheckedDramConfig;
import dev.precis.components.dram.DramConfigNote;
import dev.precis.components.dram.DramLoadOptions;
import dev.precis.components.dram.DramPresets;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose a DRAM configuration, shared by {@code precis dram} and {@code precis bench dram}: a
 * preset or file, overrides of its values (checked as the file's own are), and whether unknown keys are errors.
 */
final class DramConfigOptions {
    @Option(names = "--preset", defaultValue = "ddr4-2400",
            description = "ddr4-2400, ddr4-3200, lpddr4, hbm2, a DRAMSim3 configuration name, or a FILE.ini / FILE.conf "
                    + "(default ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "override one value of the preset, in the preset format's names (e.g. timing.cycles.CL=20, "
                    + "controller.row-buffer-policy=close-page), repeatable; checked like the file's own values")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--ignore-unknown",
            description = "warn about unknown keys in the configuration file instead of failing")
    boolean ignoreUnknown;

    /** The checked configuration; its notes (filled defaults, ignored keys) are printed on {@code err}, one per line. */
    CheckedDramConfig load(String command, PrintWriter err) {
        DramLoadOptions options = new DramLoadOptions(ignoreUnknown, java.util.List.of());
        for (Map.Entry<String, String> e : params.entrySet()) {
            options = options.withOverride(e.getKey(), e.getValue(), "--param " + e.getKey());
        }
        CheckedDramConfig checked = DramPresets.check(preset, options);
        for (DramConfigNote note : checked.notes()) err.println(command + ": note: " + note);
        err.flush();
        return checked;
    }
}
