package dev.precis.components.dram;

/**
 * Which banks a timing constraint applies to, relative to the bank that received the
 * preceding command (the "level" of a Ramulator 2 timing entry).
 */
enum TimingScope {
    /** The bank that received the preceding command. */
    SAME_BANK,
    /** The other banks of the same bank group. */
    OTHER_BANKS_SAME_GROUP,
    /** Every bank of the other bank groups of the same rank. */
    OTHER_GROUPS_SAME_RANK,
    /** Every bank of the other ranks on the channel. */
    OTHER_RANKS,
    /** Every bank of the rank, for rank-level commands such as REFRESH. */
    SAME_RANK
}
