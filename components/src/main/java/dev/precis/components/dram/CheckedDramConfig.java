package dev.precis.components.dram;

import java.util.List;

/** A DRAM configuration that passed every check, with the notes on what it did not say itself. */
public record CheckedDramConfig(DramConfig config, List<DramConfigNote> notes) {
    public CheckedDramConfig {
        notes = List.copyOf(notes);
    }
}
