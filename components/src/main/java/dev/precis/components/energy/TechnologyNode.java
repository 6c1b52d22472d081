package dev.precis.components.energy;

/** Process nodes for which Precis ships energy and area tables. */
public enum TechnologyNode {
    NM28(28),
    NM45(45),
    NM65(65);

    private final int nanometres;

    TechnologyNode(int nanometres) {
        this.nanometres = nanometres;
    }

    public int nanometres() {
        return nanometres;
    }

    /** Parses "28", "28nm", "45" or "45nm". */
    public static TechnologyNode parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace("nm", "");
        for (TechnologyNode n : values()) {
            if (Integer.toString(n.nanometres).equals(t)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown technology node '" + text + "'; known: 28nm, 45nm, 65nm");
    }
}
