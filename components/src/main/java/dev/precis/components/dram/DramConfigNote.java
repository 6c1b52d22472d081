package dev.precis.components.dram;

/**
 * Something about a DRAM configuration the user should know because it was not in their file: a value filled
 * from a documented default, or an unknown key ignored on request. Printed on stderr and recorded in reports.
 *
 * @param origin the file (and line) concerned
 * @param key    the key as the source spells it
 */
public record DramConfigNote(String origin, String key, String message) {
    @Override
    public String toString() {
        return origin + ": " + key + ": " + message;
    }
}
