/**
 * The teaching examples, one kernel concept each (links, clocks, the TLM protocol, self-describing parameters,
 * statistics), listed by {@link dev.precis.examples.Examples} for {@code precis example NAME} and each checked
 * against a reference output by a test.
 */
package dev.precis.examples;
