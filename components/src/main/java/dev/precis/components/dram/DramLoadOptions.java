package dev.precis.components.dram;

import java.util.List;

/**
 * How to read a DRAM configuration: whether unknown keys are errors (the default) or warnings, and values that
 * override the file's (a DRAM component's parameters in a composition, {@code precis dram --param KEY=VALUE}).
 * Overrides go through the same checks as the file's own values.
 *
 * @param ignoreUnknownKeys true: an unknown key is a note (printed, recorded) rather than an error
 */
public record DramLoadOptions(boolean ignoreUnknownKeys, List<ValueOverride> overrides) {

    /** Strict, no overrides. */
    public static final DramLoadOptions STRICT = new DramLoadOptions(false, List.of());

    /**
     * One overriding value.
     *
     * @param key    our key ({@code timing.cycles.CL}, {@code controller.row-buffer-policy})
     * @param origin where it was set, for messages ({@code --param}, {@code component top.dram parameter pagePolicy})
     */
    public record ValueOverride(String key, String value, String origin) {
    }

    public DramLoadOptions {
        overrides = List.copyOf(overrides);
    }

    public DramLoadOptions withOverride(String key, String value, String origin) {
        List<ValueOverride> all = new java.util.ArrayList<>(overrides);
        all.add(new ValueOverride(key, value, origin));
        return new DramLoadOptions(ignoreUnknownKeys, all);
    }
}
