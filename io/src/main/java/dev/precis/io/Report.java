package dev.precis.io;

/**
 * A command's result in the two forms every {@code precis} command prints: a text table for people and JSON for
 * scripts. Each library module owns the report types of its results, so the command line only picks the form.
 */
public interface Report {

    /** The text form, each line ended by the platform's line separator. */
    String text();

    /** The JSON form: one document ended by the platform's line separator. */
    String json();
}
