package dev.precis.components.dram;

/**
 * The DRAM commands the controller issues. READ_PRECHARGE and WRITE_PRECHARGE are the
 * auto-precharge column commands (RDA/WRA) used by the closed-page policy.
 */
public enum DramCommandType {
    READ("rd"),
    READ_PRECHARGE("rda"),
    WRITE("wr"),
    WRITE_PRECHARGE("wra"),
    ACTIVATE("act"),
    PRECHARGE("pre"),
    REFRESH("ref");

    /** Number of command types, for arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;

    private final String shortName;

    DramCommandType(String shortName) {
        this.shortName = shortName;
    }

    /** Lower-case mnemonic used in statistics names and reports (act, pre, rd, ...). */
    public String shortName() {
        return shortName;
    }

    public boolean isRead() {
        return this == READ || this == READ_PRECHARGE;
    }

    public boolean isWrite() {
        return this == WRITE || this == WRITE_PRECHARGE;
    }

    public boolean isColumn() {
        return isRead() || isWrite();
    }

    /** Rank-level commands address every bank of a rank at once. */
    public boolean isRankLevel() {
        return this == REFRESH;
    }
}
