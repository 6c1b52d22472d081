package dev.precis.workloads.quant;

import java.util.Arrays;

/**
 * The designs of the ANT artifact's evaluation, each with its own per-layer precision
 * (PAPERS.md section 1; column names as in the artifact's result tables).
 */
public enum AntDesign {
    ANT_OS("ANT-OS"),
    ANT_WS("ANT-WS"),
    BITFUSION("BitFusion"),
    OLACCEL("OLAccel"),
    ADAFLOAT("AdaFloat"),
    BISCALED("BiScaled");

    private final String label;

    AntDesign(String label) {
        this.label = label;
    }

    /** The artifact's name of the design. */
    public String label() {
        return label;
    }

    /** The design with this label or enum name (case-insensitive). */
    public static AntDesign parse(String text) {
        for (AntDesign d : values()) {
            if (d.label.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown ANT design '" + text + "', known: "
                + Arrays.stream(values()).map(AntDesign::label).toList());
    }
}
