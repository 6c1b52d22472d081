package dev.precis.accelerators.run;

import java.nio.file.Path;

/** What a run replays: a zoo model, a trace file, or a SCALE-Sim topology CSV. */
public sealed interface Workload {

    /** A short name for reports. */
    String label();

    /** A zoo model ({@code resnet18}, {@code resnet50-ant}, ...); a trace is generated with the accelerator's quantizer. */
    record Model(String name) implements Workload {
        @Override
        public String label() {
            return name;
        }
    }

    /** A trace written by {@code precis trace}, streamed as it is read. */
    record TraceFile(Path path) implements Workload {
        @Override
        public String label() {
            return path.getFileName().toString();
        }
    }

    /** A SCALE-Sim topology CSV (its conventions: one layer per line); a trace is generated from it. */
    record Topology(Path csv) implements Workload {
        @Override
        public String label() {
            String f = csv.getFileName().toString();
            return f.endsWith(".csv") ? f.substring(0, f.length() - 4) : f;
        }
    }
}
