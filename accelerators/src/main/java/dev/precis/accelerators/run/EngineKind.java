package dev.precis.accelerators.run;

import dev.precis.tlm.ActorEngine;
import dev.precis.tlm.Engine;
import dev.precis.tlm.SequentialEngine;
import java.util.Locale;

/** Which kernel engine runs the layers; both give identical reports. */
public enum EngineKind {
    SEQUENTIAL,
    ACTOR;

    /** A fresh engine of this kind (the actor engine on as many threads as there are cores). */
    public Engine create() {
        return this == SEQUENTIAL ? new SequentialEngine() : new ActorEngine();
    }

    /** The report's name: {@code sequential} or {@code actor}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EngineKind parse(String text) {
        for (EngineKind k : values()) if (k.label().equalsIgnoreCase(text)) return k;
        throw new IllegalArgumentException("unknown engine '" + text + "' (sequential, actor)");
    }
}
