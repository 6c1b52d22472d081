package dev.precis.accelerators.compose;

import java.util.List;

/** The compositions shipped as resources ({@code presets/NAME.conf}); a test loads and elaborates each one. */
public final class Presets {
    private static final List<String> NAMES = List.of("ant", "ant-ws", "bitfusion", "olaccel", "adafloat", "biscaled",
            "systolic", "drift", "lpa", "panacea", "sibia");

    private Presets() {
    }

    public static List<String> names() {
        return NAMES;
    }
}
