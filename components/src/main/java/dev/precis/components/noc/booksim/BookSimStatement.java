package dev.precis.components.noc.booksim;

/**
 * One {@code key = value;} statement of a BookSim2 configuration file.
 *
 * @param key   the key
 * @param value the value as written (a name or a number)
 * @param line  the line the key is on, counted from 1
 */
record BookSimStatement(String key, String value, int line) {
}
