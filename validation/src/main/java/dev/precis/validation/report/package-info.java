/**
 * The forms of a validation run: the stdout table, validation.json (exactly {@code {"checks": [...]}}) and
 * report.md, and writing them with the plots into the output folder atomically.
 */
package dev.precis.validation.report;
